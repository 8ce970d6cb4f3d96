import type * as React from "react";
import type { AuditEntry } from "@/components/common/api-types";

function Who({ children }: { children: React.ReactNode }) {
  return <span className="font-medium text-foreground">{children}</span>;
}

function field(source: unknown, key: string): unknown {
  return typeof source === "object" && source !== null ? (source as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
}

const SCHEMES: Readonly<Record<string, string>> = {
  standard_webhooks: "Standard Webhooks",
  github: "GitHub",
  stripe: "Stripe",
  slack: "Slack",
  hmac_sha256: "HMAC-SHA256",
  none: "no signature",
};

/** "disabled it, renamed it from A, set the limit to 60 a minute": the changes of one webhook.updated entry. */
function describeChanges(changes: unknown): string {
  const parts: string[] = [];
  const change = (key: string) => field(changes, key) as { from?: unknown; to?: unknown } | undefined;
  const enabled = change("enabled");
  if (enabled) parts.push(enabled.to === true ? "enabled it" : "disabled it");
  const name = change("name");
  if (name) parts.push(`renamed it from ${text(name.from) ?? "?"}`);
  const limit = change("rateLimitPerMinute");
  if (limit) parts.push(`set its limit to ${text(limit.to) ?? "?"} deliveries a minute`);
  const events = change("events");
  if (events) parts.push(Array.isArray(events.to) && events.to.length > 0 ? `set its events to ${events.to.join(", ")}` : "let every event through");
  if (change("config")) parts.push("changed its signature settings");
  return parts.length > 0 ? parts.join(", ") : "changed it";
}

/** Sentences for webhook endpoint entries; undefined for other actions. */
export function describeWebhookAudit(entry: AuditEntry): React.ReactNode | undefined {
  const actor = <Who>{entry.actorLabel}</Who>;
  const target = <Who>{entry.targetLabel ?? "a webhook endpoint"}</Who>;
  const meta = entry.metadata;
  switch (entry.action) {
    case "webhook.created": {
      const scheme = SCHEMES[text(field(meta, "scheme")) ?? ""];
      const trigger = text(field(meta, "connectorTrigger"));
      return (
        <>
          {actor} created the webhook endpoint {target}
          {scheme ? ` (${scheme}${trigger ? `, ${trigger}` : ""})` : null}
        </>
      );
    }
    case "webhook.updated":
      return (
        <>
          {actor} changed the webhook endpoint {target}: {describeChanges(field(meta, "changes"))}
        </>
      );
    case "webhook.secret_rotated": {
      const overlap = Number(field(meta, "overlapHours") ?? 0);
      return (
        <>
          {actor} rotated the secret of {target}
          {overlap > 0 ? `; the old one works for ${overlap} more ${overlap === 1 ? "hour" : "hours"}` : "; the old one stopped at once"}
        </>
      );
    }
    case "webhook.deleted":
      return (
        <>
          {actor} deleted the webhook endpoint {target}
        </>
      );
    case "webhook.delivery_replayed":
      return (
        <>
          {actor} replayed a delivery{text(field(meta, "event")) ? ` (${text(field(meta, "event"))})` : ""} to {target}
        </>
      );
    default:
      return undefined;
  }
}
