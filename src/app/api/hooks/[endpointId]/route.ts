import { MAX_WEBHOOK_BODY_BYTES, METHOD_NOT_ALLOWED } from "@/server/webhooks/intake";
import { getWebhookIntake } from "@/server/webhooks/process-intake";
import { readLimitedStream } from "@/server/webhooks/read-limited-body";

// Every delivery is new work: never cached, never on the edge (the intake needs Node's crypto and the database).
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

type Context = { params: Promise<{ endpointId: string }> };

/** A webhook delivery: the shared intake answers (the lean listener on WEBHOOK_PORT mounts the same one, faster). */
export async function POST(request: Request, { params }: Context) {
  const [{ endpointId }, intake] = await Promise.all([params, getWebhookIntake()]);
  // Read while streaming, capped: a body over the limit is cut at limit + 1 bytes and refused with 413.
  const body = await readLimitedStream(request.body, MAX_WEBHOOK_BODY_BYTES);
  const result = await intake.handle({ method: "POST", endpointId, headers: Object.fromEntries(request.headers), body });
  return new Response(result.body, { status: result.status, headers: result.headers });
}

/** Deliveries are POSTed; say so to anything else (Next.js answers HEAD and OPTIONS itself). */
function methodNotAllowed() {
  return new Response(METHOD_NOT_ALLOWED.body, { status: METHOD_NOT_ALLOWED.status, headers: METHOD_NOT_ALLOWED.headers });
}

export { methodNotAllowed as DELETE, methodNotAllowed as GET, methodNotAllowed as PATCH, methodNotAllowed as PUT };
