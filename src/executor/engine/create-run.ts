import { lte } from "drizzle-orm";
import { concurrencySlots, throttleRule } from "../config/flow-control";
import { evaluateKey } from "../expressions/cel";
import { newRunId } from "../storage/run-id";
import { executorIdempotencyKeys, executorRuns, type Json } from "../storage/schema";
import type { Work } from "./context";
import type { FunctionRow } from "./functions";
import { enqueueJob } from "./jobs";

const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface RunParent {
  runId: string;
  stepId: string;
}

/** Creates a run and its start job; returns null when the function's idempotency key already ran in the last 24 h. */
export async function createRun(work: Work, fn: FunctionRow, event: Json, parent?: RunParent): Promise<string | null> {
  const { q, ctx } = work;
  const now = ctx.clock.now();
  const runId = newRunId(now);
  if (fn.idempotency) {
    const key = evaluateKey(fn.idempotency, { event });
    const claimed = await q
      .insert(executorIdempotencyKeys)
      .values({ functionId: fn.id, key, runId, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS) })
      .onConflictDoUpdate({
        target: [executorIdempotencyKeys.functionId, executorIdempotencyKeys.key],
        set: { runId, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS) },
        setWhere: lte(executorIdempotencyKeys.expiresAt, now),
      })
      .returning({ runId: executorIdempotencyKeys.runId });
    if (claimed.length === 0) return null;
  }
  await q.insert(executorRuns).values({
    id: runId,
    functionId: fn.id,
    status: "queued",
    event,
    events: [event],
    maxAttempts: fn.retries + 1,
    concurrency: concurrencySlots(fn.id, fn.concurrency, event),
    throttleKey: throttleRule(fn.id, fn.throttle, event)?.key ?? null,
    parentRunId: parent?.runId ?? null,
    parentStepId: parent?.stepId ?? null,
    createdAt: now,
  });
  await enqueueJob(q, { runId, kind: "start", runAt: now });
  return runId;
}
