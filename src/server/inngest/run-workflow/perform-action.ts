import { connectorRegistry } from "@/connectors";
import type { ActionNode } from "@/core/workflow";
import { runConnectorAction } from "@/server/connectors/run-connector-action";
import type { HttpCallLog } from "@/server/http/http-request";
import type { ActionRunContext } from "./action-run-context";
import { emitWorkflowEvent } from "./emit-event-action";

/**
 * Runs one action for a workflow step: a built-in (`event.emit`) or a connector's `<connector>.<action>`
 * (`http.request` is the HTTP connector's). Every outbound call goes through the outbound HTTP path. Actions
 * whose effect must be idempotent per step use `run` (the run and step they execute in).
 */
export async function performAction(node: ActionNode, input: unknown, onCall: (log: HttpCallLog) => void, run: ActionRunContext): Promise<unknown> {
  if (node.action === "event.emit") return emitWorkflowEvent(input, run);
  const resolved = connectorRegistry.findAction(node.action);
  if (!resolved) throw new Error(`Unknown action "${node.action}" in node "${node.id}".`);
  return runConnectorAction(resolved, { orgId: run.orgId, connectionId: node.connectionId, input, onCall });
}
