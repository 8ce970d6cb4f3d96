import { containsTemplate } from "@/core/expressions";
import type { ActionCatalog } from "./action-catalog";
import type { WorkflowDefinition } from "./definition";
import type { ActionNode } from "./nodes";
import { formatPath } from "./validate-shape";
import { type ValidationIssue, describeNode, nodeField } from "./validation-issue";

/**
 * Each action must exist in the catalog and its input must fit the action's schema. Values that are
 * templates are only known at run time, so issues on (or under) a template string are ignored: a
 * `{{ }}` is accepted wherever a string, number or object is expected.
 */
export function validateActions(definition: WorkflowDefinition, catalog: ActionCatalog): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  definition.nodes.forEach((node, index) => {
    if (node.type !== "action") return;
    const action = catalog.get(node.action);
    if (!action) {
      issues.push({ nodeId: node.id, field: nodeField(index, "action"), message: unknownActionMessage(node, catalog) });
      return;
    }
    if (action.requiresConnection && !node.connectionId) {
      issues.push({ nodeId: node.id, field: nodeField(index, "connectionId"), message: `${describeNode(node)}: "${action.label}" needs a connection; pick one (or create it on the Connections page).` });
    }
    const parsed = action.inputSchema.safeParse(node.input);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      if (isUnderTemplate(node.input, issue.path)) continue;
      const relative = formatPath(["input", ...issue.path]);
      issues.push({
        nodeId: node.id,
        field: nodeField(index, relative),
        message: `${describeNode(node)}: ${relative} does not fit "${action.label}": ${issue.message}. Set a valid value or a {{ }} template.`,
      });
    }
  });
  return issues;
}

function unknownActionMessage(node: ActionNode, catalog: ActionCatalog): string {
  const connectorId = node.action.split(".")[0]!;
  if (catalog.hasConnector && !catalog.hasConnector(connectorId)) {
    return `${describeNode(node)}: there is no connector "${connectorId}" (in "${node.action}"); pick an action of an installed connector.`;
  }
  if (catalog.hasConnector) return `${describeNode(node)}: the connector "${connectorId}" has no action "${node.action.slice(connectorId.length + 1)}"; pick one of its actions.`;
  return `${describeNode(node)}: there is no action "${node.action}"; pick an action from the catalog (check the connector is installed).`;
}

function isUnderTemplate(value: unknown, path: readonly PropertyKey[]): boolean {
  let current: unknown = value;
  for (const segment of path) {
    if (typeof current === "string") return containsTemplate(current);
    if (typeof current !== "object" || current === null) return false;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return typeof current === "string" && containsTemplate(current);
}
