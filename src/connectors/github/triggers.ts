import { z } from "zod";
import { defineTrigger } from "@/core/connectors";

/** Events a repository or organization webhook delivers, as `<x-github-event>.<action>` (or the bare event without one). */
export const GITHUB_WEBHOOK_EVENTS = [
  "issues.opened",
  "issues.edited",
  "issues.closed",
  "issues.reopened",
  "issues.labeled",
  "issues.assigned",
  "issue_comment.created",
  "issue_comment.edited",
  "pull_request.opened",
  "pull_request.closed",
  "pull_request.reopened",
  "pull_request.synchronize",
  "pull_request.ready_for_review",
  "pull_request_review.submitted",
  "push",
  "create",
  "delete",
  "release.published",
  "star.created",
  "fork",
  "workflow_run.completed",
] as const;

function headerOf(headers: Record<string, string>, name: string): string | undefined {
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  return found?.[1];
}

/** `issues` + `opened` → `issues.opened`; events without an action (push, fork) keep their bare name. */
export function githubEventOf({ headers, body }: { headers: Record<string, string>; body: unknown }): string | undefined {
  const event = headerOf(headers, "x-github-event")?.trim();
  if (!event) return undefined;
  const action = typeof body === "object" && body !== null && "action" in body ? (body as { action: unknown }).action : undefined;
  return typeof action === "string" && action !== "" ? `${event}.${action}` : event;
}

const accountSchema = z.looseObject({ login: z.string(), id: z.number() });

export const githubWebhook = defineTrigger({
  id: "webhook",
  name: "GitHub event",
  description:
    "Starts when a repository or organization webhook delivers an event (issues opened, comments, pull requests, pushes, releases…). In the repository's Settings → Webhooks, paste this trigger's URL and secret and choose content type application/json.",
  kind: "webhook",
  signatureScheme: "github",
  events: GITHUB_WEBHOOK_EVENTS,
  eventOf: githubEventOf,
  // The delivery's JSON payload as GitHub sends it; its shape depends on the event.
  output: z.looseObject({
    action: z.string().optional(),
    repository: z.looseObject({ id: z.number(), full_name: z.string() }).optional(),
    organization: accountSchema.optional(),
    sender: accountSchema.optional(),
  }),
});
