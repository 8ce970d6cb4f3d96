import type { ActionCatalog } from "./action-catalog";
import { type WorkflowDefinition, WorkflowDefinitionSchema } from "./definition";
import { validateActions } from "./validate-actions";
import { validateApprovals } from "./validate-approvals";
import { validateConnectorTriggers } from "./validate-connector-triggers";
import { validateEventTriggers } from "./validate-event-triggers";
import { validateExpressions } from "./validate-expressions";
import { validateGraph } from "./validate-graph";
import { validateWebhookTriggers } from "./validate-webhook-triggers";
import { translateShapeIssues } from "./validate-shape";
import { type ValidationIssue, describeNode, nodeField } from "./validation-issue";

export interface ValidateWorkflowOptions {
  actionCatalog: ActionCatalog;
  /** Whether a sub-workflow id exists (in the same org); the caller loads the ids beforehand. Unchecked when absent. */
  workflowExists?: (workflowId: string) => boolean;
}

export type ValidationResult = { ok: true; definition: WorkflowDefinition } | { ok: false; issues: ValidationIssue[] };

/**
 * Checks a definition before it is saved or published: its shape (zod), then the graph, the
 * expressions, the actions and their inputs, the triggers. Returns every issue found, not just the first; the
 * graph and later checks only run once the shape is right, since they rely on it.
 */
export function validateWorkflow(raw: unknown, options: ValidateWorkflowOptions): ValidationResult {
  const parsed = WorkflowDefinitionSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: translateShapeIssues(raw, parsed.error.issues) };
  const definition = parsed.data;
  const issues = [
    ...validateGraph(definition),
    ...validateExpressions(definition),
    ...validateActions(definition, options.actionCatalog),
    ...validateEventTriggers(definition),
    ...validateConnectorTriggers(definition, options.actionCatalog),
    ...validateWebhookTriggers(definition, options.actionCatalog),
    ...validateApprovals(definition),
    ...validateSubworkflows(definition, options.workflowExists),
  ];
  return issues.length === 0 ? { ok: true, definition } : { ok: false, issues };
}

function validateSubworkflows(definition: WorkflowDefinition, workflowExists: ValidateWorkflowOptions["workflowExists"]): ValidationIssue[] {
  if (!workflowExists) return [];
  return definition.nodes.flatMap((node, index) =>
    node.type === "subworkflow" && !workflowExists(node.workflowId)
      ? [{ nodeId: node.id, field: nodeField(index, "workflowId"), message: `${describeNode(node)}: workflow "${node.workflowId}" does not exist; choose an existing workflow.` }]
      : [],
  );
}
