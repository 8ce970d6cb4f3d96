import { containsTemplate } from "@/core/expressions";
import type { ActionCatalog } from "./action-catalog";
import type { WorkflowDefinition } from "./definition";
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
      issues.push({ nodeId: node.id, field: nodeField(index, "action"), message: `${describeNode(node)}: there is no action "${node.action}"; pick an action from the catalog (check the connector is installed).` });
      return;
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

function isUnderTemplate(value: unknown, path: readonly PropertyKey[]): boolean {
  let current: unknown = value;
  for (const segment of path) {
    if (typeof current === "string") return containsTemplate(current);
    if (typeof current !== "object" || current === null) return false;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return typeof current === "string" && containsTemplate(current);
}
