import { and, eq } from "drizzle-orm";
import { executorRuns, executorWaits, type Json } from "../storage/schema";
import { backoffDelay } from "../timing/backoff";
import { delayUntil } from "../timing/durations";
import type { Op } from "./call-sdk";
import type { Work } from "./context";
import { createRun } from "./create-run";
import { findFunction, type FunctionRow } from "./functions";
import { enqueueJob, retryJob, reuseAsContinue, type Job } from "./jobs";
import { completeRun, failRun, setRunStatus, type Run } from "./run-lifecycle";
import { hasStep, storeStep } from "./steps";

export interface OpsOutcome {
  /** The job was rescheduled (a StepError retry of this very step), so it must not be finished. */
  jobRetried: boolean;
  /** The job became the run's next `continue` job, so it must not be finished either. */
  jobReused?: boolean;
  /** The run ended, which removed its jobs. */
  runEnded?: boolean;
}

const asString = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** Applies the ops of a 206 response: memoize, plan, sleep, wait, invoke, retry. */
export async function applyOps(work: Work, job: Job, run: Run, ops: Op[], flags: { noRetry: boolean; retryAfterMs: number | null }): Promise<OpsOutcome> {
  const { q, ctx } = work;
  const now = ctx.clock.now();
  let jobRetried = false;
  let progressed = false;
  let suspended: "sleeping" | "waiting" | null = null;
  if (ops.length > 1 && !run.disableImmediateExecution) {
    await q.update(executorRuns).set({ disableImmediateExecution: true }).where(eq(executorRuns.id, run.id));
  }
  const seen = new Set<string>();
  for (const op of ops) {
    const dedupe = `${op.op}:${op.id}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    switch (op.op) {
      case "StepRun":
        await storeStep(work, run, op.id, { data: (op.data ?? null) as Json });
        progressed = true;
        break;
      case "StepFailed":
        await storeStep(work, run, op.id, { error: (op.error ?? null) as Json });
        progressed = true;
        break;
      case "RunComplete":
        await completeRun(work, run, (op.data ?? null) as Json);
        return { jobRetried, runEnded: true };
      case "StepPlanned":
        if (!(await hasStep(q, run.id, op.id))) await enqueueJob(q, { runId: run.id, kind: "step", stepId: op.id, runAt: now });
        break;
      case "StepError": {
        const nextAttempt = job.attempt + 1;
        if (flags.noRetry || nextAttempt >= run.maxAttempts) {
          await storeStep(work, run, op.id, { error: (op.error ?? null) as Json });
          progressed = true;
          break;
        }
        const retryAt = ctx.clock.after(flags.retryAfterMs ?? backoffDelay(job.attempt, ctx.random));
        work.notes.push({ type: "step.failed", runId: run.id, functionId: run.functionId, stepId: op.id, error: (op.error ?? null) as Json, retryAt });
        if (job.kind === "step" && job.stepId === op.id) {
          await retryJob(q, job, retryAt);
          jobRetried = true;
        } else {
          await enqueueJob(q, { runId: run.id, kind: "step", stepId: op.id, runAt: retryAt, attempt: nextAttempt });
        }
        break;
      }
      case "Sleep": {
        const runAt = ctx.clock.after(delayUntil(op.name ?? asString(op.opts?.duration) ?? "0s", now));
        await enqueueJob(q, { runId: run.id, kind: "sleep", stepId: op.id, runAt });
        work.notes.push({ type: "run.suspended", runId: run.id, functionId: run.functionId, reason: "sleep" });
        suspended ??= "sleeping";
        break;
      }
      case "WaitForEvent":
        await planWait(work, run, op);
        suspended = "waiting";
        break;
      case "InvokeFunction":
        if (await planInvoke(work, run, op)) progressed = true;
        else suspended = "waiting";
        break;
      default:
        await failRun(work, run, { name: "Error", message: `The embedded executor does not support the "${op.op}" step op (step "${op.displayName ?? op.id}")` });
        return { jobRetried, runEnded: true };
    }
  }
  let jobReused = false;
  if (progressed && !jobRetried) jobReused = await reuseAsContinue(q, job, now);
  if (progressed && !jobReused) await enqueueJob(q, { runId: run.id, kind: "continue", runAt: now });
  const status = progressed || !suspended ? "running" : suspended;
  if (run.status !== status) await setRunStatus(work, run.id, status);
  return { jobRetried, jobReused };
}

async function planWait(work: Work, run: Run, op: Op): Promise<void> {
  const now = work.ctx.clock.now();
  const expiresAt = work.ctx.clock.after(delayUntil(asString(op.opts?.timeout) ?? "1y", now));
  const inserted = await work.q
    .insert(executorWaits)
    .values({ runId: run.id, stepId: op.id, eventName: op.name ?? "", expression: asString(op.opts?.if) ?? null, expiresAt, createdAt: now })
    .onConflictDoNothing()
    .returning({ runId: executorWaits.runId });
  if (inserted.length === 0) return;
  await enqueueJob(work.q, { runId: run.id, kind: "wait-timeout", stepId: op.id, runAt: expiresAt });
  work.notes.push({ type: "run.suspended", runId: run.id, functionId: run.functionId, reason: "waitForEvent" });
}

/** Starts the invoked child once; returns true when the step was settled at once (unknown function). */
async function planInvoke(work: Work, run: Run, op: Op): Promise<boolean> {
  const { q, ctx } = work;
  const [existing] = await q
    .select({ id: executorRuns.id })
    .from(executorRuns)
    .where(and(eq(executorRuns.parentRunId, run.id), eq(executorRuns.parentStepId, op.id)));
  if (existing) return false;
  const functionId = asString(op.opts?.function_id) ?? "";
  const child: FunctionRow | undefined = await findFunction(q, functionId);
  if (!child) {
    await storeStep(work, run, op.id, { error: { name: "Error", message: `step.invoke: function "${functionId}" is not registered with the embedded executor` } });
    return true;
  }
  const payload = (op.opts?.payload ?? {}) as { data?: Json };
  const data = payload.data !== null && typeof payload.data === "object" && !Array.isArray(payload.data) ? payload.data : {};
  const now = ctx.clock.now();
  const event = {
    id: `invoke:${run.id}:${op.id}`,
    name: "inngest/function.invoked",
    data: { ...data, _inngest: { source_fn_id: run.functionId, source_run_id: run.id, invoke_step_id: op.id } },
    ts: now.getTime(),
  };
  await createRun(work, child, event, { runId: run.id, stepId: op.id });
  const timeout = asString(op.opts?.timeout);
  if (timeout) await enqueueJob(q, { runId: run.id, kind: "invoke-timeout", stepId: op.id, runAt: ctx.clock.after(delayUntil(timeout, now)) });
  work.notes.push({ type: "run.suspended", runId: run.id, functionId: run.functionId, reason: "invoke" });
  return false;
}
