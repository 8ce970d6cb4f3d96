import type { ActionCatalog } from "./action-catalog";
import type { WorkflowDefinition } from "./definition";
import { type ValidationIssue, describeNode, nodeField } from "./validation-issue";

/**
 * A webhook trigger node must name an endpoint of the workflow's own org: an id of another org's endpoint (or a
 * deleted one) would never deliver, and must not be able to. Without an endpoint the node is accepted (nothing
 * arrives until one is picked). Unchecked when the catalog cannot tell.
 */
export function validateWebhookTriggers(definition: WorkflowDefinition, catalog: ActionCatalog): ValidationIssue[] {
  if (!catalog.hasWebhookEndpoint) return [];
  const hasEndpoint = catalog.hasWebhookEndpoint.bind(catalog);
  return definition.nodes.flatMap((node, index) => {
    if (node.type !== "trigger" || node.trigger.kind !== "webhook" || node.trigger.endpointId === undefined) return [];
    if (hasEndpoint(node.trigger.endpointId)) return [];
    return [
      {
        nodeId: node.id,
        field: nodeField(index, "trigger.endpointId"),
        message: `${describeNode(node)}: there is no webhook endpoint "${node.trigger.endpointId}" in this organization; pick one of its endpoints (Webhooks page) or create one.`,
      },
    ];
  });
}
