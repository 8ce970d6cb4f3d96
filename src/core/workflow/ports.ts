import type { ActionNode, NodeType } from "./nodes";

export interface StepContext {
  /** 0 for the first attempt of this step; the executor increments it on each retry. */
  attempt: number;
}

/** The awaited event must carry `value` at `field` (a dotted path such as "data.orderId"). */
export interface EventMatch {
  field: string;
  value: unknown;
}

export interface WaitForEventOptions {
  event: string;
  match?: EventMatch;
  timeoutMs: number;
}

export type NodeLogStatus = "started" | "finished" | "skipped" | "failed";

/**
 * One event in a node's life. "started" is written once the node's input is known — before any durable
 * wait, carrying that input (an approval wait's `approvalId`, a delay's duration) — or just before the
 * outcome for nodes without one; the "finished" or "failed" entry that follows carries the input, output
 * or error and the timings.
 */
export interface NodeLogEntry {
  nodeId: string;
  /** Unique within the run (`nodeId`, or `nodeId:index` inside loops): the key a log adapter upserts on. */
  stepId: string;
  nodeType: NodeType;
  status: NodeLogStatus;
  input?: unknown;
  output?: unknown;
  error?: { message: string; field?: string };
  startedAt?: Date;
  finishedAt?: Date;
  durationMs?: number;
}

/**
 * Everything the interpreter needs from the outside world. The Inngest adapter maps these onto
 * `step.*`; tests use in-memory fakes. Durable ports are memoized by step id: on a replay they
 * return the recorded result without doing the work again, which is what makes the interpreter
 * deterministic. Code outside them (expressions, logs) runs again on every replay, so `log` must be
 * idempotent per (stepId, status).
 */
export interface WorkflowPorts {
  run<T>(stepId: string, fn: (ctx: StepContext) => Promise<T>): Promise<T>;
  sleep(stepId: string, durationMs: number): Promise<void>;
  sleepUntil(stepId: string, at: Date): Promise<void>;
  /** Resolves with the event, or null when the timeout passed first. */
  waitForEvent(stepId: string, options: WaitForEventOptions): Promise<unknown>;
  invoke(stepId: string, options: { workflowId: string; input: unknown }): Promise<unknown>;
  /** Performs the action; called inside `run(stepId, …)`. Throwing fails the attempt (the executor retries). */
  executeAction(node: ActionNode, input: unknown, ctx: StepContext): Promise<unknown>;
  log(entry: NodeLogEntry): void | Promise<void>;
  now(): Date;
}

/** The event an approval node waits for; its `data.approvalId` identifies the request. */
export const APPROVAL_EVENT = "workflow/approval";
