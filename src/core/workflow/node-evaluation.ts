import { ExpressionError, TemplateRenderError, evaluateExpression, renderTemplate, renderTemplates } from "@/core/expressions";
import { NodeError } from "./node-error";
import type { WorkflowNode } from "./nodes";
import type { Frame, RunContext } from "./run-context";
import { describeNode } from "./validation-issue";

/**
 * What expressions and templates see: `trigger`, `steps` (outputs by node id) and, inside a loop,
 * `loop.item` / `loop.index`, also bound as `$item` / `$index`.
 */
function scopeOf(ctx: RunContext, frame: Frame): { input: Record<string, unknown>; bindings: Record<string, unknown> } {
  const input: Record<string, unknown> = { trigger: ctx.trigger, steps: frame.steps };
  if (!frame.loop) return { input, bindings: {} };
  input.loop = frame.loop;
  return { input, bindings: { item: frame.loop.item, index: frame.loop.index } };
}

/** Evaluates one of the node's JSONata fields; failures become a `NodeError` naming the node, field and expression. */
export async function evaluateNodeExpression(ctx: RunContext, frame: Frame, node: WorkflowNode, field: string, source: string): Promise<unknown> {
  const { input, bindings } = scopeOf(ctx, frame);
  try {
    return await evaluateExpression(source, input, { ...ctx.limits, bindings });
  } catch (error) {
    if (error instanceof ExpressionError) throw new NodeError(node.id, field, `${describeNode(node)}: ${field} could not be evaluated. ${error.message}`);
    throw error;
  }
}

/** Renders the templates inside one of the node's JSON fields. */
export async function renderNodeTemplates(ctx: RunContext, frame: Frame, node: WorkflowNode, field: string, value: unknown): Promise<unknown> {
  const { input, bindings } = scopeOf(ctx, frame);
  try {
    return await renderTemplates(value, input, { ...ctx.limits, bindings });
  } catch (error) {
    if (error instanceof TemplateRenderError) {
      const path = error.path === "" ? field : error.path.startsWith("[") ? `${field}${error.path}` : `${field}.${error.path}`;
      throw new NodeError(node.id, path, `${describeNode(node)}: the template in ${path} could not be rendered. ${error.failure.message}`);
    }
    throw error;
  }
}

/** Renders a string template (e.g. a stop message) to text. */
export async function renderNodeText(ctx: RunContext, frame: Frame, node: WorkflowNode, field: string, template: string): Promise<string> {
  const { input, bindings } = scopeOf(ctx, frame);
  try {
    return await renderTemplate(template, input, { ...ctx.limits, bindings });
  } catch (error) {
    if (error instanceof ExpressionError) throw new NodeError(node.id, field, `${describeNode(node)}: the template in ${field} could not be rendered. ${error.message}`);
    throw error;
  }
}

/** A condition's verdict: booleans as they are, no match as false, anything else is a mistake worth reporting. */
export function asVerdict(node: WorkflowNode, field: string, value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (value === undefined || value === null) return false;
  throw new NodeError(
    node.id,
    field,
    `${describeNode(node)}: ${field} must evaluate to true or false but gave ${JSON.stringify(value).slice(0, 80)}; compare explicitly or wrap it in $boolean(…).`,
  );
}
