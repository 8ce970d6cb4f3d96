import { z } from "zod";
import type { WorkflowDefinition } from "./definition";
import { type ValidationIssue, describeNode, nodeField } from "./validation-issue";

const EmailSchema = z.email();

/**
 * Approvers of an approval wait are the email addresses of organization members; only they may decide it
 * (with no list, anyone whose role may decide approvals can). Checked here rather than in the node schema so
 * versions published before the rule still load.
 */
export function validateApprovals(definition: WorkflowDefinition): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  definition.nodes.forEach((node, index) => {
    if (node.type !== "wait" || node.wait.kind !== "approval") return;
    (node.wait.approvers ?? []).forEach((approver, position) => {
      if (EmailSchema.safeParse(approver.trim()).success) return;
      issues.push({
        nodeId: node.id,
        field: nodeField(index, `wait.approvers[${position}]`),
        message: `${describeNode(node)}: approver "${approver}" is not an email address; list the email addresses of the members who may decide, e.g. "ops@example.com".`,
      });
    });
  });
  return issues;
}

/** Whether `email` may decide an approval listing `approvers` (an empty list lets anyone allowed to approve decide). */
export function isListedApprover(approvers: readonly string[] | undefined, email: string): boolean {
  if (!approvers || approvers.length === 0) return true;
  const wanted = email.trim().toLowerCase();
  return approvers.some((approver) => approver.trim().toLowerCase() === wanted);
}
