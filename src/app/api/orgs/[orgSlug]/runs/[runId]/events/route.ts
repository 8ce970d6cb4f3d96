import { createRequestContext } from "@/server/api/request-context";
import { getRunChangeFeed } from "@/server/realtime/run-changes";
import { runEventsResponse } from "@/server/realtime/run-events-response";

// A long-lived stream fed by the process's LISTEN connection: never cached, never on the edge.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Server-sent events: `change` whenever the run or one of its steps is written (the run detail page's live view). */
export async function GET(request: Request, { params }: { params: Promise<{ orgSlug: string; runId: string }> }) {
  const [{ orgSlug, runId }, context, changes] = await Promise.all([params, createRequestContext(), getRunChangeFeed()]);
  return runEventsResponse({ request, orgSlug, runId, context, changes });
}
