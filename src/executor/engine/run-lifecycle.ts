import { and, eq, notInArray, sql } from "drizzle-orm";
import { executorJobs, executorRuns, executorWaits, type Json, type StepOutcome } from "../storage/schema";
import type { Work } from "./context";
import { ingestEvents } from "./ingest-events";
import { deleteJob, enqueueJob } from "./jobs";
import { storeStep } from "./steps";

export type Run = typeof executorRuns.$inferSelect;

const TERMINAL = ["completed", "failed", "cancelled"] as const;

export function isTerminal(status: Run["status"]): boolean {
  return (TERMINAL as readonly string[]).includes(status);
}

/** Moves a live run to `status`; a run leaving "queued" gets its start time. */
export async function setRunStatus(work: Work, runId: string, status: Run["status"]): Promise<void> {
  const startedAt = status !== "queued" ? sql`coalesce(${executorRuns.startedAt}, ${work.ctx.clock.now().toISOString()}::timestamptz)` : undefined;
  await work.q
    .update(executorRuns)
    .set({ status, ...(startedAt ? { startedAt } : {}) })
    .where(and(eq(executorRuns.id, runId), notInArray(executorRuns.status, [...TERMINAL])));
}

/** Ends a run for good: stores the outcome, drops its pending work, emits the lifecycle events and resumes an invoking parent. */
async function endRun(work: Work, run: Run, outcome: StepOutcome): Promise<void> {
  const now = work.ctx.clock.now();
  const status = "data" in outcome ? "completed" : "failed";
  const ended = await work.q
    .update(executorRuns)
    .set({
      status,
      startedAt: sql`coalesce(${executorRuns.startedAt}, ${now.toISOString()}::timestamptz)`,
      endedAt: now,
      ...("data" in outcome ? { output: outcome.data } : { error: outcome.error }),
    })
    .where(and(eq(executorRuns.id, run.id), notInArray(executorRuns.status, [...TERMINAL])))
    .returning({ id: executorRuns.id });
  if (ended.length === 0) return;
  // Its open waits and pending jobs go, in one statement.
  await work.q.execute(
    sql`with waits as (delete from ${executorWaits} where ${executorWaits.runId} = ${run.id}) delete from ${executorJobs} where ${executorJobs.runId} = ${run.id}`,
  );
  const base = { function_id: run.functionId, run_id: run.id, event: run.event, events: run.events };
  if ("data" in outcome) {
    work.notes.push({ type: "run.completed", runId: run.id, functionId: run.functionId, output: outcome.data });
    await ingestEvents(work, [{ name: "inngest/function.finished", data: { ...base, result: outcome.data } }], { generated: true });
  } else {
    work.notes.push({ type: "run.failed", runId: run.id, functionId: run.functionId, error: outcome.error });
    const failed = [
      { name: "inngest/function.failed", data: { ...base, error: outcome.error } },
      { name: "inngest/function.finished", data: { ...base, error: outcome.error } },
    ];
    await ingestEvents(work, failed, { generated: true });
  }
  if (run.parentRunId && run.parentStepId) {
    const [parent] = await work.q.select().from(executorRuns).where(eq(executorRuns.id, run.parentRunId));
    if (!parent || isTerminal(parent.status)) return;
    await deleteJob(work.q, "invoke-timeout", parent.id, run.parentStepId);
    await storeStep(work, parent, run.parentStepId, outcome);
    await setRunStatus(work, parent.id, "running");
    await enqueueJob(work.q, { runId: parent.id, kind: "continue", runAt: now });
  }
}

export function completeRun(work: Work, run: Run, output: Json): Promise<void> {
  return endRun(work, run, { data: output });
}

export function failRun(work: Work, run: Run, error: Json): Promise<void> {
  return endRun(work, run, { error });
}
