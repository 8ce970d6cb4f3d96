import { and, asc, count, eq, gt, inArray, sql } from "drizzle-orm";
import { throttleRule } from "../config/flow-control";
import { executorJobs, executorRuns, type StepOutcome } from "../storage/schema";
import { inTransaction, type EngineContext, type Work } from "./context";
import type { FunctionRow } from "./functions";
import { dueJobs, enqueueJob, postponeJob, type Job } from "./jobs";
import { failRun, isTerminal, setRunStatus, type Run } from "./run-lifecycle";
import { resolveWait } from "./ingest-events";
import { storeStep } from "./steps";

export interface ClaimedCall {
  job: Job;
  run: Run;
  fn: FunctionRow;
  /** The run's step memo when the claim already read it (otherwise it is loaded before the call). */
  memo?: { steps: Record<string, StepOutcome>; stack: string[] };
}

const CALL_KINDS: Job["kind"][] = ["start", "continue", "step"];
/** Jobs looked at (and row-locked) per claim; more are only needed when runs ahead are blocked by flow control. */
const CANDIDATES = 8;

/**
 * Takes one due job in a short transaction (SKIP LOCKED). Timer jobs are settled right here; a call job is marked
 * locked and returned, and the caller makes the HTTP call after this transaction committed.
 * Returns "idle" when nothing is due, "handled" when a timer job was settled or a job was skipped.
 */
export function claimJob(ctx: EngineContext): Promise<ClaimedCall | "idle" | "handled"> {
  return inTransaction(ctx, async (work) => {
    const now = ctx.clock.now();
    for (const job of await dueJobs(work.q, now, CANDIDATES)) {
      // SKIP LOCKED on the run too: a claimer never waits on a run whose result is being recorded (no lock cycles).
      const [run] = await work.q.select().from(executorRuns).where(eq(executorRuns.id, job.runId)).for("update", { skipLocked: true });
      if (!run) continue;
      if (isTerminal(run.status)) {
        await work.q.delete(executorJobs).where(eq(executorJobs.id, job.id));
        return "handled";
      }
      if (!CALL_KINDS.includes(job.kind)) {
        await settleTimer(work, job, run);
        return "handled";
      }
      if (!(await concurrencyAllows(work, run, now))) continue;
      const fn = await ctx.functions.find(work.q, run.functionId);
      if (!fn) {
        await failRun(work, run, { name: "Error", message: `Function "${run.functionId}" is no longer registered` });
        return "handled";
      }
      if (job.kind === "start" && !run.startedAt) {
        const throttledUntil = await throttleDelay(work, run, fn, now);
        if (throttledUntil) {
          await postponeJob(work.q, job.id, throttledUntil);
          continue;
        }
        await work.q.update(executorRuns).set({ startedAt: now, status: "running" }).where(eq(executorRuns.id, run.id));
        work.notes.push({ type: "run.started", runId: run.id, functionId: run.functionId });
      } else {
        await setRunStatus(work, run.id, "running");
      }
      await work.q
        .update(executorJobs)
        .set({ lockedUntil: new Date(now.getTime() + ctx.lockTimeoutMs) })
        .where(eq(executorJobs.id, job.id));
      return { job, run, fn };
    }
    return "idle";
  }, { wake: false });
}

async function settleTimer(work: Work, job: Job, run: Run): Promise<void> {
  const stepId = job.stepId ?? "";
  await work.q.delete(executorJobs).where(eq(executorJobs.id, job.id));
  if (job.kind === "wait-timeout") {
    await resolveWait(work, run, stepId, null);
    return;
  }
  const outcome =
    job.kind === "sleep" ? { data: null } : { error: { name: "InngestInvokeTimeoutError", message: "Timed out waiting for the invoked function to complete" } };
  await storeStep(work, run, stepId, outcome);
  await enqueueJob(work.q, { runId: run.id, kind: "continue", runAt: work.ctx.clock.now() });
}

/** Inngest's concurrency limits calls in flight (steps executing), per key; sleeping and waiting runs hold no slot. */
async function concurrencyAllows(work: Work, run: Run, now: Date): Promise<boolean> {
  for (const slot of run.concurrency) {
    await work.q.execute(sql`select pg_advisory_xact_lock(hashtext(${slot.key}))`);
    const [row] = await work.q
      .select({ n: count() })
      .from(executorJobs)
      .innerJoin(executorRuns, eq(executorRuns.id, executorJobs.runId))
      .where(
        and(
          gt(executorJobs.lockedUntil, now),
          inArray(executorJobs.kind, CALL_KINDS),
          sql`${executorRuns.concurrency} @> ${JSON.stringify([{ key: slot.key }])}::jsonb`,
        ),
      );
    if ((row?.n ?? 0) >= slot.limit) return false;
  }
  return true;
}

/** Throttle: at most `limit` runs of a key start per `period`; returns when the next start is allowed, or null. */
async function throttleDelay(work: Work, run: Run, fn: FunctionRow, now: Date): Promise<Date | null> {
  if (!run.throttleKey) return null;
  const rule = throttleRule(fn.id, fn.throttle, run.event);
  if (!rule) return null;
  await work.q.execute(sql`select pg_advisory_xact_lock(hashtext(${rule.key}))`);
  const since = new Date(now.getTime() - rule.periodMs);
  const started = await work.q
    .select({ startedAt: executorRuns.startedAt })
    .from(executorRuns)
    .where(and(eq(executorRuns.throttleKey, run.throttleKey), gt(executorRuns.startedAt, since)))
    .orderBy(asc(executorRuns.startedAt))
    .limit(rule.limit);
  const oldest = started[0]?.startedAt;
  if (started.length < rule.limit || !oldest) return null;
  return new Date(oldest.getTime() + rule.periodMs);
}

