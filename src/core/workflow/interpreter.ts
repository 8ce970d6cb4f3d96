import type { ExpressionLimits } from "@/core/expressions";
import type { WorkflowDefinition } from "./definition";
import { buildGraph, scopeMembers, topologicalOrder } from "./graph";
import type { WorkflowPorts } from "./ports";
import { type Frame, type RunContext, StopSignal } from "./run-context";
import { walkScope } from "./walk-scope";

export interface RunWorkflowOptions {
  /** Limits for every expression and template of the run (defaults: 1 s, depth 200, 1 MiB). */
  limits?: Partial<ExpressionLimits>;
}

export interface RunResult {
  status: "succeeded" | "failed";
  /** A stop node's `{ status, message }`, else the output of the last top-level node that ran. */
  output: unknown;
  /** Outputs of the top-level nodes that ran, by node id (a loop's output is its iterations' outputs). */
  steps: Record<string, unknown>;
  /** Set when a stop node ended the run as failed. */
  error?: { nodeId: string; message: string };
}

/**
 * Interprets a validated workflow definition from its trigger. Durable work goes through `ports`,
 * so running it again with the same memoized steps replays to the same point without redoing work.
 *
 * A stop node ends the run with its status. Any other failure is thrown, after a "failed" log entry
 * naming the node: a `NodeError` for an expression or template that failed (deterministic, not worth
 * retrying), or the port's own error unchanged (an action that failed for good), so the executor's
 * retry, non-retriable and dead-letter handling sees it as it was raised.
 */
export async function runWorkflow(definition: WorkflowDefinition, triggerPayload: unknown, ports: WorkflowPorts, options: RunWorkflowOptions = {}): Promise<RunResult> {
  const graph = buildGraph(definition);
  const trigger = definition.nodes.find((node) => node.type === "trigger");
  if (!trigger) throw new Error("The workflow has no trigger node; validate it with validateWorkflow before running it.");
  const { order, cyclic } = topologicalOrder(graph);
  if (cyclic.length > 0) throw new Error(`The workflow has a cycle through ${cyclic.join(", ")}; validate it with validateWorkflow before running it.`);
  const { topLevel, loops } = scopeMembers(graph);

  const ctx: RunContext = {
    graph,
    order,
    loopMembers: loops,
    ports,
    trigger: triggerPayload,
    limits: options.limits ?? {},
    defaultRetry: definition.settings?.retry,
    runScope: (members, entry, frame) => walkScope(ctx, members, entry, frame),
  };
  const frame: Frame = { steps: {}, suffix: "" };
  try {
    const { lastOutput } = await walkScope(ctx, topLevel, trigger.id, frame);
    return { status: "succeeded", output: lastOutput, steps: frame.steps };
  } catch (error) {
    if (!(error instanceof StopSignal)) throw error;
    const output = { status: error.status, message: error.stopMessage ?? null };
    frame.steps[error.nodeId] = output;
    if (error.status === "succeeded") return { status: "succeeded", output, steps: frame.steps };
    return { status: "failed", output, steps: frame.steps, error: { nodeId: error.nodeId, message: error.message } };
  }
}
