import { httpRequestInputSchema } from "@/core/actions/http-request";
import type { ActionNode } from "@/core/workflow";
import type { HttpCallLog } from "@/server/http/http-request";
import { getOutboundClient } from "@/server/http/shared-outbound-client";
import type { ActionRunContext } from "./action-run-context";
import { emitWorkflowEvent } from "./emit-event-action";

/**
 * Runs one action for a workflow step. Every outbound call goes through the outbound HTTP path; connectors add
 * cases here. Actions whose effect must be idempotent per step use `run` (the run and step they execute in).
 */
export async function performAction(node: ActionNode, input: unknown, onCall: (log: HttpCallLog) => void, run: ActionRunContext): Promise<unknown> {
  switch (node.action) {
    case "http.request": {
      const request = httpRequestInputSchema.parse(input);
      // No retries inside the call: the step's retry policy retries it durably, each attempt in the step log, and
      // a Retry-After becomes the step's wait instead of a sleep that holds a worker.
      const response = await getOutboundClient().request({ ...request, retry: false }, onCall);
      return { status: response.status, headers: response.headers, body: response.body };
    }
    case "event.emit":
      return emitWorkflowEvent(input, run);
    default:
      throw new Error(`Unknown action "${node.action}" in node "${node.id}".`);
  }
}
