import { sql } from "drizzle-orm";
import { runSteps, STEP_STATUSES } from "@/server/db/schema/runs";
import type { DbOrTx } from "@/server/db/types";
import type { HttpCallLog } from "@/server/http/http-request";
import { capForLog } from "./cap-and-redact";

export type StepStatus = (typeof STEP_STATUSES)[number];

export interface StepLogWrite {
  orgId: string;
  runId: string;
  nodeId: string;
  stepId: string;
  attempt: number;
  status: StepStatus;
  input?: unknown;
  output?: unknown;
  error?: { message: string } | null;
  httpCalls?: HttpCallLog[];
  startedAt?: Date;
  finishedAt?: Date | null;
}

/**
 * Writes one attempt of one step. The workflow function body is replayed on every call, so the same
 * log line arrives again: a "running" line only ever inserts, later lines upsert on (run, step, attempt),
 * and the first recorded start and finish times are kept.
 */
export async function writeStepLog(db: DbOrTx, entry: StepLogWrite): Promise<void> {
  const values = rowOf(entry);
  if (entry.status === "running") {
    await db.insert(runSteps).values(values).onConflictDoNothing({ target: TARGET });
    return;
  }
  const { orgId: _o, runId: _r, stepId: _s, attempt: _a, startedAt: _t, ...updates } = values;
  await db
    .insert(runSteps)
    .values(values)
    .onConflictDoUpdate({
      target: TARGET,
      set: { ...updates, finishedAt: sql`coalesce(${runSteps.finishedAt}, excluded.finished_at)` },
    });
}

/**
 * Writes several ended lines (not "running") in one statement: the lines of nodes that need no durable step, which
 * a call evaluates back to back. Same rules as `writeStepLog`; every line carries its full content.
 */
export async function writeEndedStepLogs(db: DbOrTx, entries: StepLogWrite[]): Promise<void> {
  if (entries.length === 0) return;
  if (entries.some((entry) => entry.status === "running")) throw new Error("writeEndedStepLogs takes ended lines only");
  await db
    .insert(runSteps)
    .values(entries.map(rowOf))
    .onConflictDoUpdate({
      target: TARGET,
      set: {
        status: sql`excluded.status`,
        input: sql`coalesce(excluded.input, ${runSteps.input})`,
        output: sql`coalesce(excluded.output, ${runSteps.output})`,
        error: sql`coalesce(excluded.error, ${runSteps.error})`,
        finishedAt: sql`coalesce(${runSteps.finishedAt}, excluded.finished_at)`,
      },
    });
}

const TARGET = [runSteps.runId, runSteps.stepId, runSteps.attempt];

function rowOf(entry: StepLogWrite) {
  return {
    orgId: entry.orgId,
    runId: entry.runId,
    nodeId: entry.nodeId,
    stepId: entry.stepId,
    attempt: entry.attempt,
    status: entry.status,
    ...(entry.input !== undefined ? { input: capForLog(entry.input) } : {}),
    ...(entry.output !== undefined ? { output: capForLog(entry.output) } : {}),
    ...(entry.error !== undefined ? { error: entry.error } : {}),
    ...(entry.httpCalls ? { httpCalls: entry.httpCalls } : {}),
    ...(entry.startedAt ? { startedAt: entry.startedAt } : {}),
    ...(entry.finishedAt !== undefined ? { finishedAt: entry.finishedAt } : {}),
  };
}
