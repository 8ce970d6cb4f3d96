import { httpRequestInputSchema } from "@/core/actions/http-request";
import type { ActionNode } from "@/core/workflow";
import type { HttpCallLog } from "@/server/http/http-request";
import { getOutboundClient } from "@/server/http/shared-outbound-client";

/** Runs one action for a workflow step. Every call goes through the outbound HTTP path; connectors add cases here. */
export async function performAction(node: ActionNode, input: unknown, onCall: (log: HttpCallLog) => void): Promise<unknown> {
  switch (node.action) {
    case "http.request": {
      const request = httpRequestInputSchema.parse(input);
      const response = await getOutboundClient().request(request, onCall);
      return { status: response.status, headers: response.headers, body: response.body };
    }
    default:
      throw new Error(`Unknown action "${node.action}" in node "${node.id}".`);
  }
}
