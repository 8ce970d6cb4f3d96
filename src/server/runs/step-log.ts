import { sql } from "drizzle-orm";
import { runSteps, STEP_STATUSES } from "@/server/db/schema/runs";
import type { Db } from "@/server/db/types";
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
export async function writeStepLog(db: Db, entry: StepLogWrite): Promise<void> {
  const values = {
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
  const target = [runSteps.runId, runSteps.stepId, runSteps.attempt];
  if (entry.status === "running") {
    await db.insert(runSteps).values(values).onConflictDoNothing({ target });
    return;
  }
  const { orgId: _o, runId: _r, stepId: _s, attempt: _a, startedAt: _t, ...updates } = values;
  await db
    .insert(runSteps)
    .values(values)
    .onConflictDoUpdate({
      target,
      set: { ...updates, finishedAt: sql`coalesce(${runSteps.finishedAt}, excluded.finished_at)` },
    });
}
