import { eq } from "drizzle-orm";
import { executorRuns } from "../storage/schema";
import { backoffDelay } from "../timing/backoff";
import { applyOps } from "./apply-ops";
import type { CallResult } from "./call-sdk";
import type { Work } from "./context";
import { finishJob, postponeJob, retryJob, type Job } from "./jobs";

/** How soon a call the app did not answer at all is made again. */
const UNREACHABLE_RETRY_MS = 1000;
import { completeRun, failRun, isTerminal } from "./run-lifecycle";

/** Records the outcome of one call request (in its own short transaction, after the HTTP call returned). */
export async function applyResult(work: Work, job: Job, result: CallResult): Promise<void> {
  const { q, ctx } = work;
  const [run] = await q.select().from(executorRuns).where(eq(executorRuns.id, job.runId)).for("update");
  if (!run || isTerminal(run.status)) return;
  if (result.kind === "unreachable") {
    // The app is not answering (e.g. still starting after a restart): try again shortly without spending an attempt.
    ctx.logger.warn("the app did not answer a call request; retrying", { runId: run.id, error: result.error });
    await postponeJob(q, job.id, ctx.clock.after(UNREACHABLE_RETRY_MS));
    return;
  }
  if (result.kind === "finished") {
    await completeRun(work, run, result.output);
    return;
  }
  if (result.kind === "error") {
    if (result.retriable && job.attempt + 1 < run.maxAttempts) {
      const retryAt = ctx.clock.after(result.retryAfterMs ?? backoffDelay(job.attempt, ctx.random));
      work.notes.push({ type: "step.failed", runId: run.id, functionId: run.functionId, stepId: job.stepId ?? "step", error: result.error, retryAt });
      await retryJob(q, job, retryAt);
      return;
    }
    await failRun(work, run, result.error);
    return;
  }
  const { jobRetried, jobReused, runEnded } = await applyOps(work, job, run, result.ops, result);
  if (!jobRetried && !jobReused && !runEnded) await finishJob(q, job, ctx.clock.now());
}
