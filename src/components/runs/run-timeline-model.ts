import type { NodeInfo, RunDetail, RunStep } from "./run-types";

export interface TimelineNode {
  node: NodeInfo;
  /** This node's step attempts, oldest first. */
  steps: RunStep[];
}

function byStart(a: RunStep, b: RunStep): number {
  return a.startedAt.getTime() - b.startedAt.getTime() || a.attempt - b.attempt;
}

/** The run's nodes in definition order with their attempts; steps of unknown nodes are kept at the end. */
export function timelineNodes(run: Pick<RunDetail, "nodes" | "steps">): TimelineNode[] {
  const byNode = new Map<string, RunStep[]>();
  for (const step of [...run.steps].sort(byStart)) {
    const list = byNode.get(step.nodeId);
    if (list) list.push(step);
    else byNode.set(step.nodeId, [step]);
  }
  const known = new Set(run.nodes.map((node) => node.id));
  const orphans = [...byNode.keys()].filter((id) => !known.has(id)).map((id): NodeInfo => ({ id, name: id, type: "unknown" }));
  const nodes: NodeInfo[] = [...run.nodes, ...orphans];
  return nodes.map((node) => ({ node, steps: byNode.get(node.id) ?? [] }));
}

/** The step to show first: the latest failed attempt, else the latest attempt. */
export function defaultStep(steps: readonly RunStep[]): RunStep | undefined {
  const sorted = [...steps].sort(byStart);
  return sorted.findLast((step) => step.status === "failed") ?? sorted.at(-1);
}

/** The node a failed run failed at: the one its error names, else the last failed step's. */
export function failedNodeId(run: Pick<RunDetail, "error" | "steps">): string | undefined {
  return run.error?.nodeId ?? [...run.steps].sort(byStart).findLast((step) => step.status === "failed")?.nodeId;
}

/** The time window bars are drawn against: from the run's start to its end (or now). */
export function runWindow(run: Pick<RunDetail, "createdAt" | "startedAt" | "finishedAt" | "steps">, now: number): { start: number; length: number } {
  const stepStarts = run.steps.map((step) => step.startedAt.getTime());
  const stepEnds = run.steps.map((step) => step.finishedAt?.getTime() ?? now);
  const start = run.startedAt?.getTime() ?? Math.min(run.createdAt.getTime(), ...stepStarts);
  const end = run.finishedAt?.getTime() ?? Math.max(now, ...stepEnds);
  return { start, length: Math.max(end - start, 1) };
}

/** The latest moment the run's record mentions: a deterministic stand-in for "now" before the clock starts. */
export function latestInstant(run: Pick<RunDetail, "createdAt" | "startedAt" | "finishedAt" | "steps">): number {
  const instants = [run.createdAt, run.startedAt, run.finishedAt, ...run.steps.flatMap((step) => [step.startedAt, step.finishedAt])];
  return Math.max(...instants.flatMap((instant) => (instant ? [instant.getTime()] : [])));
}
