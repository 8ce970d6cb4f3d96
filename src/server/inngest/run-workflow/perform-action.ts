import { ConnectorActionError } from "@/core/connectors";
import type { ActionNode } from "@/core/workflow";
import { resolveOrgAction } from "@/server/connectors/org-connectors";
import { runConnectorAction } from "@/server/connectors/run-connector-action";
import { getDb } from "@/server/db/client";
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
  const resolved = await resolveOrgAction(await getDb(), run.orgId, node.action);
  if (!resolved) throw new ConnectorActionError(`The action "${node.action}" no longer exists in this organization (its connector was deleted or changed); edit the step.`);
  return runConnectorAction(resolved, { orgId: run.orgId, connectionId: node.connectionId, input, onCall, idempotencyKey: `${run.runId}:${run.stepId}` });
}
