import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { can } from "@/core/authz";
import { forbidden } from "@/core/errors/domain-errors";
import { domainErrorToTRPC } from "@/server/api/domain-error-to-trpc";
import type { TRPCContext } from "@/server/api/trpc";
import type { ServiceContext } from "@/server/services/context";
import { resolveMembership } from "@/server/services/organizations/resolve-membership";
import { getRunInOrg } from "@/server/services/runs/get-run-in-org";
import { runIdInput } from "@/server/services/runs/run-inputs";
import type { RunChangeSource } from "./run-change-feed";
import { openRunEventStream, RUN_EVENT_STREAM_HEADERS, type RunEventStreamOptions } from "./run-event-stream";

export interface RunEventsRequest {
  request: Request;
  orgSlug: string;
  runId: string;
  /** Who is asking, resolved the way tRPC resolves it (createRequestContext); tests pass their own. */
  context: TRPCContext;
  changes: RunChangeSource;
  timing?: Pick<RunEventStreamOptions, "coalesceMs" | "heartbeatMs">;
}

/**
 * The run detail page's live stream, with the same checks as `run.get`: signed in (401), a member of the org
 * (404), allowed `runs.read` (403), and the run belongs to that org (404, so other tenants' runs leak nothing).
 */
export async function runEventsResponse({ request, orgSlug, runId, context, changes, timing }: RunEventsRequest): Promise<Response> {
  const { user, db } = context;
  if (!user) return errorResponse(401, "Please sign in to continue.");
  if (!runIdInput.safeParse({ runId }).success) return errorResponse(404, "Run not found.");
  let run: { orgId: string; runId: string };
  try {
    const membership = await resolveMembership(db, orgSlug, user.id);
    if (!can(membership.role, "runs.read")) {
      throw forbidden(`Your role (${membership.role}) does not allow this action (runs.read). Ask an owner or admin.`);
    }
    const ctx: ServiceContext = {
      org: membership.org,
      role: membership.role,
      actor: { type: "user", userId: user.id, label: user.email },
      db,
    };
    const row = await getRunInOrg(ctx, runId);
    run = { orgId: row.orgId, runId: row.id };
  } catch (error) {
    const mapped = domainErrorToTRPC(error);
    if (!mapped) throw error;
    return errorResponse(getHTTPStatusCodeFromError(mapped), mapped.message);
  }
  const stream = openRunEventStream({ changes, run, signal: request.signal, ...timing });
  return new Response(stream, { headers: RUN_EVENT_STREAM_HEADERS });
}

function errorResponse(status: number, message: string) {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } });
}
