import { NonRetriableError, type GetStepTools } from "inngest";
import { LRUCache } from "lru-cache";
import { eq } from "drizzle-orm";
import type { ActionNode, NodeLogEntry, NodeType, WorkflowPorts } from "@/core/workflow";
import { runs } from "@/server/db/schema/runs";
import type { Db, DbOrTx } from "@/server/db/types";
import type { HttpCallLog } from "@/server/http/http-request";
import { logger } from "@/server/log/logger";
import { markRunStarted, setRunStatus } from "@/server/runs/run-status";
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
  /** Writes the log lines still held back (and a pending start); call when the body returns or throws. */
  flush(): Promise<void>;
  /** Marks the queued run started at the next flush, in the same commit as the log lines. */
  markStarted(at: Date): void;
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
  /** Set by `markStarted`: the run's move to "running" rides along with the first flush (one commit, not two). */
  let startPending: Date | undefined;
  async function flushLines(): Promise<void> {
    if (pendingLines.length === 0 && !startPending) return;
    const lines = pendingLines.splice(0);
    const startedAt = startPending;
    const running = lines.filter(({ line }) => line.status === "running");
    const ended = lines.filter(({ line }) => line.status !== "running");
    const write = async (q: DbOrTx) => {
      if (startedAt) await markRunStarted(q, run.id, startedAt);
      for (const { line } of running) await writeStepLog(q, line);
      await writeEndedStepLogs(q, ended.map(({ line }) => line));
    };
    try {
      if (startedAt && lines.length > 0) await db.transaction(write);
      else await write(db);
      startPending = undefined;
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
      const base = { orgId: run.orgId, runId: run.id, nodeId: node.id, stepId, attempt, input, startedAt: new Date() };
      // The "running" line is for the live view; the action does not wait for it. Whichever of it and the final
      // line lands first, the final one wins (a "running" line never overwrites) and the start time is kept.
      const running = writeStepLog(db, { ...base, status: "running" }).catch((error: unknown) =>
        logger.warn({ err: error, runId: run.id, stepId }, "could not write a step's running line"),
      );
      try {
        const output = await performAction(node, input, (call) => calls.push(call), { orgId: run.orgId, runId: run.id, stepId, eventDepth: run.eventDepth });
        await writeStepLog(db, { ...base, status: "succeeded", output, httpCalls: calls, finishedAt: new Date() });
        return output;
      } catch (error) {
        await writeStepLog(db, { ...base, status: "failed", error: { message: errorMessageOf(error) }, httpCalls: calls, finishedAt: new Date() });
        throw toStepFailure(error, node.retry, ctx.attempt);
      } finally {
        await running;
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

    markStarted(at) {
      startPending = at;
    },

    now: () => new Date(),
  };
}
