import { eq } from "drizzle-orm";
import { executorJobs } from "../storage/schema";
import { applyResult } from "./apply-result";
import { callSdk } from "./call-sdk";
import type { ClaimedCall } from "./claim-job";
import { inTransaction, type EngineContext } from "./context";
import { loadSteps } from "./steps";

/** Makes the call request for a claimed job — outside any transaction, keeping its lock alive — then records the result. */
export async function executeJob(ctx: EngineContext, { job, run, fn, memo }: ClaimedCall): Promise<void> {
  const stepId = job.kind === "step" && job.stepId ? job.stepId : "step";
  if (stepId !== "step") ctx.onRunEvent({ type: "step.started", runId: run.id, functionId: run.functionId, stepId });
  const { steps, stack } = memo ?? (await loadSteps(ctx.db, run.id));
  const heartbeat = setInterval(() => {
    const lockedUntil = new Date(ctx.clock.now().getTime() + ctx.lockTimeoutMs);
    ctx.db
      .update(executorJobs)
      .set({ lockedUntil })
      .where(eq(executorJobs.id, job.id))
      .catch((error: unknown) => ctx.logger.warn("could not extend a job lock", { jobId: job.id, error: String(error) }));
  }, Math.max(50, Math.floor(ctx.lockTimeoutMs / 3)));
  let result;
  try {
    result = await callSdk({
      callUrl: fn.callUrl,
      fnId: fn.id,
      stepId,
      runId: run.id,
      event: run.event,
      events: run.events,
      steps,
      stack,
      attempt: job.attempt,
      maxAttempts: run.maxAttempts,
      disableImmediateExecution: run.disableImmediateExecution,
      timeoutMs: ctx.callTimeoutMs,
      dispatch: ctx.dispatch,
      now: ctx.clock.now(),
    });
  } finally {
    clearInterval(heartbeat);
  }
  await inTransaction(ctx, (work) => applyResult(work, job, result));
}
