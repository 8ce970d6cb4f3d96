import { NodeError } from "./node-error";
import { evaluateNodeExpression } from "./node-evaluation";
import type { LoopNode } from "./nodes";
import type { InputReporter } from "./execute-node";
import type { Frame, RunContext } from "./run-context";
import { describeNode } from "./validation-issue";

/**
 * Runs the loop body once per item, in order, and returns the iterations' outputs (each the output
 * of the last body node that ran). Step ids inside get the item index appended (`node:0`, `node:1`…),
 * so every iteration's steps are memoized separately.
 */
export async function runLoop(ctx: RunContext, frame: Frame, node: LoopNode, reportInput: InputReporter): Promise<unknown[]> {
  const items = asItems(await evaluateNodeExpression(ctx, frame, node, "items", node.items));
  if (items.length > node.maxItems) {
    throw new NodeError(
      node.id,
      "items",
      `${describeNode(node)}: items gave ${items.length} items, more than maxItems (${node.maxItems}); filter the list in the expression or raise maxItems (at most 1000).`,
    );
  }
  await reportInput({ count: items.length });
  const members = ctx.loopMembers.get(node.id) ?? new Set<string>();
  const outputs: unknown[] = [];
  for (const [index, item] of items.entries()) {
    const iteration: Frame = { steps: { ...frame.steps }, suffix: `${frame.suffix}:${index}`, loop: { item, index } };
    const { lastOutput } = await ctx.runScope(members, node.body, iteration);
    outputs.push(lastOutput);
  }
  return outputs;
}

/** JSONata collapses one-item sequences to the item and returns nothing for no match; both are lists here. */
function asItems(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
