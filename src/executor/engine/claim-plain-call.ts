import { and, asc, eq, inArray, isNull, lte, notInArray, or, sql } from "drizzle-orm";
import { executorJobs, executorRuns, executorSteps, type StepOutcome } from "../storage/schema";
import type { ClaimedCall } from "./claim-job";
import type { EngineContext } from "./context";
import type { Job } from "./jobs";

const CALL_KINDS: Job["kind"][] = ["start", "continue", "step"];
const TERMINAL = ["completed", "failed", "cancelled"] as const;

/**
 * The common case in one autocommitted statement instead of a transaction: a due call job of a live run that
 * has no concurrency key and no throttle. The statement takes the job (SKIP LOCKED on the job and its run, like
 * `claimJob`) and locks it by `locked_until`; the run is only read. Anything else — timers,
 * flow control, runs that ended — is left to `claimJob`. Returns null when the next due job is not such a call
 * (or nothing is due): the caller then goes the careful way.
 */
export async function claimPlainCall(ctx: EngineContext): Promise<ClaimedCall | null> {
  const { db } = ctx;
  const now = ctx.clock.now();
  // The first due job in `claimJob`'s order; it is taken here only when it is a plain call, so timers and
  // flow-controlled runs keep their place in the queue.
  const candidate = db.$with("candidate").as(
    db
      .select({
        id: executorJobs.id,
        plain: sql<boolean>`${and(
          inArray(executorJobs.kind, CALL_KINDS),
          notInArray(executorRuns.status, [...TERMINAL]),
          sql`${executorRuns.concurrency} = '[]'::jsonb`,
          isNull(executorRuns.throttleKey),
        )}`.as("plain"),
      })
      .from(executorJobs)
      .innerJoin(executorRuns, eq(executorRuns.id, executorJobs.runId))
      .where(and(lte(executorJobs.runAt, now), or(isNull(executorJobs.lockedUntil), lte(executorJobs.lockedUntil, now))))
      .orderBy(sql`${executorJobs.kind} = 'start'`, asc(executorJobs.runAt), asc(executorJobs.id))
      .limit(1)
      .for("update", { of: [executorJobs, executorRuns], skipLocked: true }),
  );
  const [job] = await db
    .with(candidate)
    .update(executorJobs)
    .set({ lockedUntil: new Date(now.getTime() + ctx.lockTimeoutMs) })
    .where(sql`${executorJobs.id} = (select ${candidate.id} from ${candidate} where ${candidate.plain})`)
    .returning();
  if (!job) return null;
  // A plain read (no commit) of the run with its step memo; the run becomes "running", with its start time, in the
  // transaction that records the result.
  const [row] = await db
    .select({
      run: executorRuns,
      memo: sql<[string, StepOutcome][]>`(select coalesce(json_agg(json_build_array(${executorSteps.stepId}, ${executorSteps.outcome}) order by ${executorSteps.seq}), '[]'::json) from ${executorSteps} where ${executorSteps.runId} = ${executorRuns.id})`,
    })
    .from(executorRuns)
    .where(eq(executorRuns.id, job.runId));
  const run = row?.run;
  const fn = run && !TERMINAL.includes(run.status as (typeof TERMINAL)[number]) ? await ctx.functions.find(db, run.functionId) : undefined;
  if (!run || !fn) {
    // The run ended (or its function went away) meanwhile: hand the job back to the careful path.
    await db.update(executorJobs).set({ lockedUntil: null }).where(eq(executorJobs.id, job.id));
    return null;
  }
  if (!run.startedAt) ctx.onRunEvent({ type: "run.started", runId: run.id, functionId: run.functionId });
  const memo = typeof row.memo === "string" ? (JSON.parse(row.memo) as [string, StepOutcome][]) : row.memo;
  return { job, run, fn, memo: { steps: Object.fromEntries(memo), stack: memo.map(([stepId]) => stepId) } };
}
