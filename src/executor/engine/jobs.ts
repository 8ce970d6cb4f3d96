import { and, asc, eq, isNull, lte, or, sql } from "drizzle-orm";
import type { Queryable } from "../storage/database";
import { executorJobs, type JobKind } from "../storage/schema";

export type Job = typeof executorJobs.$inferSelect;

export interface NewJob {
  runId: string;
  kind: JobKind;
  stepId?: string | null;
  runAt: Date;
  attempt?: number;
}

function dedupeKey(job: NewJob): string {
  return job.kind === "start" || job.kind === "continue" ? `${job.kind}:${job.runId}` : `${job.kind}:${job.runId}:${job.stepId ?? ""}`;
}

/**
 * Enqueues a job once per (kind, run, step). A `continue` asked for while the same job is in flight is re-armed
 * (`requeue`), so a parallel step finishing during a call is never lost.
 */
export async function enqueueJob(q: Queryable, job: NewJob): Promise<void> {
  const values = { runId: job.runId, kind: job.kind, stepId: job.stepId ?? null, dedupeKey: dedupeKey(job), runAt: job.runAt, attempt: job.attempt ?? 0 };
  if (job.kind === "continue") {
    await q
      .insert(executorJobs)
      .values(values)
      .onConflictDoUpdate({ target: executorJobs.dedupeKey, set: { requeue: sql`${executorJobs.lockedUntil} is not null` } });
    return;
  }
  await q.insert(executorJobs).values(values).onConflictDoNothing();
}

/** Removes a finished job, or re-arms it when it was asked for again while in flight. */
export async function finishJob(q: Queryable, job: Job, now: Date): Promise<void> {
  const deleted = await q
    .delete(executorJobs)
    .where(and(eq(executorJobs.id, job.id), eq(executorJobs.requeue, false)))
    .returning({ id: executorJobs.id });
  if (deleted.length > 0) return;
  await q.update(executorJobs).set({ requeue: false, lockedUntil: null, runAt: now, attempt: 0 }).where(eq(executorJobs.id, job.id));
}

/**
 * After a call that made progress: turns the finished `start`/`continue` job itself into the run's due `continue`
 * job (one update instead of a delete and an insert). Returns false when that is not possible — another job kind,
 * or a separate `continue` job already exists — and the caller enqueues and finishes the usual way.
 */
export async function reuseAsContinue(q: Queryable, job: Job, now: Date): Promise<boolean> {
  if (job.kind !== "start" && job.kind !== "continue") return false;
  const dedupe = dedupeKey({ runId: job.runId, kind: "continue", runAt: now });
  const reused = await q
    .update(executorJobs)
    .set({ kind: "continue", dedupeKey: dedupe, stepId: null, runAt: now, lockedUntil: null, attempt: 0, requeue: false })
    .where(
      and(
        eq(executorJobs.id, job.id),
        sql`not exists (select 1 from ${executorJobs} other where other.dedupe_key = ${dedupe} and other.id <> ${job.id})`,
      ),
    )
    .returning({ id: executorJobs.id });
  return reused.length > 0;
}

/** Schedules another attempt of the same job. */
export async function retryJob(q: Queryable, job: Job, runAt: Date): Promise<void> {
  await q.update(executorJobs).set({ attempt: job.attempt + 1, runAt, lockedUntil: null, requeue: false }).where(eq(executorJobs.id, job.id));
}

/** Puts a job back without counting an attempt (flow control said "not yet"). */
export async function postponeJob(q: Queryable, jobId: number, runAt: Date): Promise<void> {
  await q.update(executorJobs).set({ runAt, lockedUntil: null }).where(eq(executorJobs.id, jobId));
}

export async function deleteJob(q: Queryable, kind: JobKind, runId: string, stepId: string): Promise<void> {
  await q.delete(executorJobs).where(eq(executorJobs.dedupeKey, `${kind}:${runId}:${stepId}`));
}

/**
 * Due, unlocked (or lock-expired) jobs, locked for this transaction with SKIP LOCKED. Runs already under way
 * come before new ones: finishing started runs first keeps latency and the number of runs in flight low under a burst.
 */
export function dueJobs(q: Queryable, now: Date, limit: number) {
  return q
    .select()
    .from(executorJobs)
    .where(and(lte(executorJobs.runAt, now), or(isNull(executorJobs.lockedUntil), lte(executorJobs.lockedUntil, now))))
    .orderBy(sql`${executorJobs.kind} = 'start'`, asc(executorJobs.runAt), asc(executorJobs.id))
    .limit(limit)
    .for("update", { skipLocked: true });
}
