import { ExpressionError, collectTemplateStrings, compileExpression, compileTemplate } from "@/core/expressions";
import type { WorkflowDefinition } from "./definition";
import { nodeExpressions, nodeTemplateRoots } from "./node-expressions";
import { type ValidationIssue, describeNode, nodeField } from "./validation-issue";

/** Every JSONata expression and `{{ }}` template in the definition must compile. */
export function validateExpressions(definition: WorkflowDefinition): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  definition.nodes.forEach((node, index) => {
    for (const { field, source } of nodeExpressions(node)) {
      const problem = compileProblem(() => compileExpression(source));
      if (problem) {
        issues.push({ nodeId: node.id, field: nodeField(index, field), message: `${describeNode(node)}: ${field} ${problem} Fix the JSONata expression.` });
      }
    }
    for (const root of nodeTemplateRoots(node)) {
      for (const { path, template } of collectTemplateStrings(root.value, root.field)) {
        const problem = compileProblem(() => compileTemplate(template));
        if (problem) {
          issues.push({ nodeId: node.id, field: nodeField(index, path), message: `${describeNode(node)}: the template in ${path} ${problem} Fix the expression between {{ and }}.` });
        }
      }
    }
  });
  return issues;
}

function compileProblem(compile: () => unknown): string | undefined {
  try {
    compile();
    return undefined;
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return `does not compile: ${error.message}${error.message.endsWith(".") ? "" : "."}`;
  }
}
