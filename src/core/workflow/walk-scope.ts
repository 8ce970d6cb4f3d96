import { executeNode } from "./execute-node";
import { NodeError } from "./node-error";
import type { WorkflowNode } from "./nodes";
import { type Frame, type RunContext, type ScopeResult, StopSignal } from "./run-context";

/**
 * Walks the nodes of one scope (the top level or a loop body) in topological order, starting from
 * `entry`. A node runs when at least one of its incoming edges was taken; otherwise it is logged as
 * skipped and takes none of its own edges. A condition or switch takes only the edges of the branch
 * it chose; every other node takes all its outgoing edges.
 */
export async function walkScope(ctx: RunContext, members: ReadonlySet<string>, entry: string, frame: Frame): Promise<ScopeResult> {
  const activated = new Set([entry]);
  let lastOutput: unknown = null;
  for (const nodeId of ctx.order) {
    if (!members.has(nodeId)) continue;
    const node = ctx.graph.nodes.get(nodeId);
    if (!node) continue;
    const stepId = nodeId + frame.suffix;
    if (!activated.has(nodeId)) {
      await ctx.ports.log({ nodeId, stepId, nodeType: node.type, status: "skipped" });
      continue;
    }
    const outcome = await runLogged(ctx, frame, node, stepId);
    frame.steps[nodeId] = outcome.output;
    lastOutput = outcome.output;
    for (const edge of ctx.graph.outgoing.get(nodeId) ?? []) {
      if (outcome.branch === undefined || edge.branch === outcome.branch) activated.add(edge.target);
    }
  }
  return { lastOutput };
}

/**
 * Logs a node's life: "started" once its input is known (nodes that report one do so before their durable
 * wait, so a node waiting on an approval already shows what it waits for), then "finished" or "failed".
 */
async function runLogged(ctx: RunContext, frame: Frame, node: WorkflowNode, stepId: string) {
  const startedAt = ctx.ports.now();
  let input: unknown;
  let startLogged = false;
  const base = { nodeId: node.id, stepId, nodeType: node.type };
  const logStarted = async () => {
    if (startLogged) return;
    startLogged = true;
    await ctx.ports.log({ ...base, status: "started", startedAt, ...(input === undefined ? {} : { input }) });
  };
  try {
    const outcome = await executeNode(ctx, frame, node, async (reported) => {
      input = reported;
      await logStarted();
    });
    await logStarted();
    const finishedAt = ctx.ports.now();
    await ctx.ports.log({ ...base, status: "finished", input, output: outcome.output, startedAt, finishedAt, durationMs: finishedAt.getTime() - startedAt.getTime() });
    return outcome;
  } catch (error) {
    await logStarted();
    const finishedAt = ctx.ports.now();
    const timing = { startedAt, finishedAt, durationMs: finishedAt.getTime() - startedAt.getTime() };
    if (error instanceof StopSignal) {
      // A loop cut short by a stop node inside its body finished too, without an output of its own.
      const output = error.nodeId === node.id ? { status: error.status, message: error.stopMessage ?? null } : { stoppedBy: error.nodeId };
      await ctx.ports.log({ ...base, status: "finished", input, output, ...timing });
    } else {
      const field = error instanceof NodeError ? error.field : undefined;
      const message = error instanceof Error ? error.message : String(error);
      await ctx.ports.log({ ...base, status: "failed", input, error: { message, field }, ...timing });
    }
    throw error;
  }
}
