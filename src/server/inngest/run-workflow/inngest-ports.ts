import { NonRetriableError, type GetStepTools } from "inngest";
import { LRUCache } from "lru-cache";
import { eq } from "drizzle-orm";
import type { ActionNode, NodeLogEntry, NodeType, WorkflowPorts } from "@/core/workflow";
import { runs } from "@/server/db/schema/runs";
import type { Db } from "@/server/db/types";
import type { HttpCallLog } from "@/server/http/http-request";
import { setRunStatus } from "@/server/runs/run-status";
import { writeEndedStepLogs, writeStepLog, type StepLogWrite, type StepStatus } from "@/server/runs/step-log";
import type { inngest } from "../client";
import { errorMessageOf, toStepFailure } from "./classify-step-error";
import type { RunToExecute } from "./load-run";
import { performAction } from "./perform-action";

type Step = GetStepTools<typeof inngest>;

const LOG_STATUS: Record<NodeLogEntry["status"], StepStatus> = {
  started: "running",
  finished: "succeeded",
  skipped: "skipped",
  failed: "failed",
};

/**
 * The interpreter's ports on Inngest's durable step tools. Each action attempt writes its own run_steps
 * row from inside the step; other nodes are logged from the replayed body, idempotently.
 */
export interface InngestPortsContext {
  db: Db;
  step: Step;
  run: RunToExecute;
  /** The attempt Inngest reports for the step executed by this call (0 for the first). */
  attempt: number;
  invokeChild: WorkflowPorts["invoke"];
}

export type InngestPorts = WorkflowPorts & {
  failedNodeId(): string | undefined;
  /** Writes the log lines still held back; call when the body returns or throws. */
  flush(): Promise<void>;
};

/** Nodes evaluated without a durable step: they start and finish within one call. */
const INSTANT_NODE_TYPES: ReadonlySet<NodeType> = new Set<NodeType>(["trigger", "transform", "condition", "switch", "stop"]);

/** Log lines written by this process, so replays skip them; a miss (another process, eviction) only costs an idempotent upsert. */
const writtenLogLines = new LRUCache<string, true>({ max: 20_000 });

export function createInngestPorts({ db, step, run, attempt, invokeChild }: InngestPortsContext): InngestPorts {
  let currentStepId = "";
  let failedNodeId: string | undefined;
  const nodeIdOf = (stepId: string) => stepId.split(":")[0]!;
  /**
   * Log lines of nodes evaluated since the last durable boundary, written together (one statement) before the
   * next step, sleep, wait or invoke — where the call may end — and when the body returns or throws.
   */
  const pendingLines: { key: string; line: StepLogWrite }[] = [];
  async function flushLines(): Promise<void> {
    if (pendingLines.length === 0) return;
    const lines = pendingLines.splice(0);
    const running = lines.filter(({ line }) => line.status === "running");
    const ended = lines.filter(({ line }) => line.status !== "running");
    try {
      for (const { line } of running) await writeStepLog(db, line);
      await writeEndedStepLogs(db, ended.map(({ line }) => line));
    } catch (error) {
      for (const { key } of lines) writtenLogLines.delete(key);
      throw error;
    }
  }

  return {
    async run<T>(stepId: string, fn: (ctx: { attempt: number }) => Promise<T>): Promise<T> {
      if (run.seededOutputs.has(stepId)) return run.seededOutputs.get(stepId) as T;
      await flushLines();
      const result = await step.run(stepId, async () => {
        const [current] = await db.select({ status: runs.status }).from(runs).where(eq(runs.id, run.id)).limit(1);
        if (current?.status === "cancelled") throw new NonRetriableError("The run was cancelled.");
        currentStepId = stepId;
        return { value: await fn({ attempt }) };
      });
      return (result as unknown as { value: T }).value;
    },

    async sleep(stepId, durationMs) {
      await flushLines();
      await setRunStatus(db, run.id, "sleeping");
      await step.sleep(stepId, durationMs);
      await setRunStatus(db, run.id, "running");
    },

    async sleepUntil(stepId, at) {
      await flushLines();
      await setRunStatus(db, run.id, "sleeping");
      await step.sleepUntil(stepId, at);
      await setRunStatus(db, run.id, "running");
    },

    async waitForEvent(stepId, options) {
      await flushLines();
      await setRunStatus(db, run.id, "waiting");
      const condition = options.match ? `async.${options.match.field} == ${JSON.stringify(options.match.value)}` : undefined;
      const event = await step.waitForEvent(stepId, {
        event: options.event,
        timeout: Math.max(1, Math.ceil(options.timeoutMs / 1000)) * 1000,
        ...(condition ? { if: condition } : {}),
      });
      await setRunStatus(db, run.id, "running");
      return event ?? null;
    },

    async invoke(stepId, request) {
      await flushLines();
      return invokeChild(stepId, request);
    },

    async executeAction(node: ActionNode, input: unknown, ctx) {
      const stepId = currentStepId;
      const attempt = ctx.attempt + 1;
      const calls: HttpCallLog[] = [];
      const base = { orgId: run.orgId, runId: run.id, nodeId: node.id, stepId, attempt };
      await writeStepLog(db, { ...base, status: "running", input, startedAt: new Date() });
      try {
        const output = await performAction(node, input, (call) => calls.push(call), { orgId: run.orgId, runId: run.id, stepId, eventDepth: run.eventDepth });
        await writeStepLog(db, { ...base, status: "succeeded", output, httpCalls: calls, finishedAt: new Date() });
        return output;
      } catch (error) {
        await writeStepLog(db, { ...base, status: "failed", error: { message: errorMessageOf(error) }, httpCalls: calls, finishedAt: new Date() });
        throw toStepFailure(error, node.retry, ctx.attempt);
      }
    },

    failedNodeId: () => failedNodeId,

    async log(entry) {
      if (entry.status === "failed") failedNodeId = entry.nodeId;
      // Action attempts log themselves inside the step; here only an action whose input failed to render.
      if (entry.nodeType === "action" && !(entry.status === "failed" && entry.error?.field)) return;
      // A pure node finishes in the same breath: its finished line carries the start time, so "started" is not written.
      if (entry.status === "started" && INSTANT_NODE_TYPES.has(entry.nodeType)) return;
      // The body is replayed on every call: a line this process already wrote is not written again.
      const key = `${run.id}\u0000${entry.stepId}\u0000${entry.status}`;
      if (writtenLogLines.has(key)) return;
      writtenLogLines.set(key, true);
      const line: StepLogWrite = {
        orgId: run.orgId,
        runId: run.id,
        nodeId: nodeIdOf(entry.stepId),
        stepId: entry.stepId,
        attempt: 1,
        status: LOG_STATUS[entry.status],
        input: entry.input,
        output: entry.output,
        error: entry.error ? { message: entry.error.message } : undefined,
        startedAt: entry.startedAt,
        finishedAt: entry.finishedAt,
      };
      pendingLines.push({ key, line });
      // A "started" line of a node that waits or runs steps is shown at once; ended lines wait for the next flush.
      if (line.status === "running") await flushLines();
    },

    flush: flushLines,

    now: () => new Date(),
  };
}
