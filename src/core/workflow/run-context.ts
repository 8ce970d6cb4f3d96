import type { ExpressionLimits } from "@/core/expressions";
import type { WorkflowGraph } from "./graph";
import type { WorkflowPorts } from "./ports";
import type { RetryPolicy } from "./retry-policy";

/** What every node execution of one run shares. */
export interface RunContext {
  readonly graph: WorkflowGraph;
  /** Topological order of all nodes; each scope runs its members in this order. */
  readonly order: readonly string[];
  readonly loopMembers: ReadonlyMap<string, ReadonlySet<string>>;
  readonly ports: WorkflowPorts;
  readonly trigger: unknown;
  readonly limits: Partial<ExpressionLimits>;
  readonly defaultRetry: RetryPolicy | undefined;
  /** Runs a loop body for one item (kept here so node execution and graph walking do not import each other). */
  readonly runScope: (members: ReadonlySet<string>, entry: string, frame: Frame) => Promise<ScopeResult>;
}

/** The state visible at one point of the walk: the top level, or one iteration of a loop. */
export interface Frame {
  /** Outputs of the nodes that ran so far; a loop iteration sees the outer outputs plus its own. */
  readonly steps: Record<string, unknown>;
  /** Appended to node ids to form step ids: "" at the top level, ":2" in iteration 2, ":2:0" when nested. */
  readonly suffix: string;
  readonly loop?: { item: unknown; index: number };
}

export interface ScopeResult {
  /** Output of the last node that ran in the scope, null when none did. */
  lastOutput: unknown;
}

/** What a node produced, and which branch its outgoing edges follow (all of them when undefined). */
export interface NodeOutcome {
  output: unknown;
  branch?: string;
}

/** Thrown by a stop node to end the whole run, from any depth of loops; `runWorkflow` turns it into the result. */
export class StopSignal extends Error {
  constructor(
    readonly nodeId: string,
    readonly status: "succeeded" | "failed",
    readonly stopMessage: string | undefined,
  ) {
    super(stopMessage ?? `Stopped by node "${nodeId}".`);
    this.name = "StopSignal";
  }
}
