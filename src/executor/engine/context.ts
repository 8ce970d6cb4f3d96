import type { ExecutorDb, Queryable } from "../storage/database";
import type { Clock } from "../timing/clock";
import type { Dispatch } from "./call-sdk";
import type { FunctionCache } from "./functions";
import type { ExecutorLogger, RunEvent } from "./run-events";

/** Everything the engine's pieces share. */
export interface EngineContext {
  db: ExecutorDb;
  clock: Clock;
  logger: ExecutorLogger;
  lockTimeoutMs: number;
  callTimeoutMs: number;
  random: () => number;
  onRunEvent: (event: RunEvent) => void;
  /** How call requests reach the SDK (HTTP unless the host serves its functions in-process). */
  dispatch: Dispatch;
  /** Registered functions, briefly cached (claims read them on every call). */
  functions: FunctionCache;
  /** Tells idle workers that a job may be due now. */
  wake: () => void;
}

/** One transaction's worth of work: the query handle plus the notifications to emit once it commits. */
export interface Work {
  q: Queryable;
  ctx: EngineContext;
  notes: RunEvent[];
}

/** Runs `body` in a short transaction, then emits its run events and (unless told not to) wakes the workers. Never call the SDK inside. */
export async function inTransaction<T>(ctx: EngineContext, body: (work: Work) => Promise<T>, options: { wake: boolean } = { wake: true }): Promise<T> {
  const notes: RunEvent[] = [];
  const result = await ctx.db.transaction((tx) => body({ q: tx, ctx, notes }));
  for (const note of notes) {
    try {
      ctx.onRunEvent(note);
    } catch (error) {
      ctx.logger.error("onRunEvent threw", { error: String(error) });
    }
  }
  if (options.wake) ctx.wake();
  return result;
}
