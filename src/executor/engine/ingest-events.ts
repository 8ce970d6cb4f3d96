import { and, eq, gt, lte } from "drizzle-orm";
import { matches } from "../expressions/cel";
import { newRunId } from "../storage/run-id";
import { executorEvents, executorRuns, executorWaits, type Json } from "../storage/schema";
import type { Work } from "./context";
import { createRun } from "./create-run";
import { eventNameMatches } from "./functions";
import { deleteJob, enqueueJob } from "./jobs";
import { storeStep } from "./steps";

const EVENT_DEDUPE_MS = 24 * 60 * 60 * 1000;

export interface IncomingEvent {
  id?: string;
  name: string;
  data?: Json;
  ts?: number;
  user?: Json;
  v?: string;
}

/**
 * Stores events (an id seen in the last 24 h is dropped), starts the runs they trigger and resumes matching waits.
 * `generated` events (the executor's own lifecycle events, with fresh ids) skip the dedupe store: nothing can repeat them.
 */
export async function ingestEvents(work: Work, incoming: IncomingEvent[], options: { generated?: boolean } = {}): Promise<string[]> {
  const ids: string[] = [];
  for (const raw of incoming) {
    const event = normalize(raw, work.ctx.clock.now());
    ids.push(event.id);
    if (!options.generated && (await isDuplicate(work, event))) continue;
    await triggerFunctions(work, event);
    await resumeWaits(work, event);
  }
  return ids;
}

type StoredEvent = { id: string; name: string; data: Json; ts: number } & Record<string, Json>;

function normalize(raw: IncomingEvent, now: Date): StoredEvent {
  const event: StoredEvent = { id: raw.id || newRunId(now), name: raw.name, data: raw.data ?? {}, ts: raw.ts ?? now.getTime() };
  if (raw.user !== undefined) event.user = raw.user;
  if (raw.v !== undefined) event.v = raw.v;
  return event;
}

async function isDuplicate(work: Work, event: StoredEvent): Promise<boolean> {
  const now = work.ctx.clock.now();
  const stored = await work.q
    .insert(executorEvents)
    .values({ id: event.id, name: event.name, data: event.data, ts: event.ts, receivedAt: now })
    .onConflictDoUpdate({
      target: executorEvents.id,
      set: { name: event.name, data: event.data, ts: event.ts, receivedAt: now },
      setWhere: lte(executorEvents.receivedAt, new Date(now.getTime() - EVENT_DEDUPE_MS)),
    })
    .returning({ id: executorEvents.id });
  return stored.length === 0;
}

async function triggerFunctions(work: Work, event: StoredEvent): Promise<void> {
  for (const fn of await work.ctx.functions.all(work.q)) {
    const triggered = fn.triggers.some((trigger) => trigger.event !== undefined && eventNameMatches(trigger.event, event.name) && matches(trigger.expression, { event }));
    if (triggered) await createRun(work, fn, event);
  }
}

async function resumeWaits(work: Work, event: StoredEvent): Promise<void> {
  const now = work.ctx.clock.now();
  const waits = await work.q
    .select({ runId: executorWaits.runId, stepId: executorWaits.stepId, expression: executorWaits.expression, runEvent: executorRuns.event, functionId: executorRuns.functionId })
    .from(executorWaits)
    .innerJoin(executorRuns, eq(executorRuns.id, executorWaits.runId))
    .where(and(eq(executorWaits.eventName, event.name), gt(executorWaits.expiresAt, now)))
    .orderBy(executorWaits.createdAt)
    .for("update", { of: executorWaits, skipLocked: true });
  for (const wait of waits) {
    if (!matches(wait.expression, { event: wait.runEvent, async: event })) continue;
    await resolveWait(work, { id: wait.runId, functionId: wait.functionId }, wait.stepId, event);
  }
}

/** Ends a wait with the matched event, or with null on timeout, and continues the run. */
export async function resolveWait(work: Work, run: { id: string; functionId: string }, stepId: string, event: Json): Promise<void> {
  const removed = await work.q
    .delete(executorWaits)
    .where(and(eq(executorWaits.runId, run.id), eq(executorWaits.stepId, stepId)))
    .returning({ runId: executorWaits.runId });
  if (removed.length === 0) return;
  await deleteJob(work.q, "wait-timeout", run.id, stepId);
  await storeStep(work, run, stepId, { data: event });
  await enqueueJob(work.q, { runId: run.id, kind: "continue", runAt: work.ctx.clock.now() });
}
