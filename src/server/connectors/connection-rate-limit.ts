import { setTimeout as delay } from "node:timers/promises";
import { sql } from "drizzle-orm";
import { describeRateLimit, type RateLimit } from "@/core/connectors";
import { connectionRateWindows } from "@/server/db/schema/connections";
import type { DbOrTx } from "@/server/db/types";
import { describeWait, HttpCallError } from "@/server/http/http-errors";

/** A slot that frees within this long is waited for inside the step; a longer wait retries the step durably. */
export const MAX_INLINE_WAIT_MS = 2_000;

export type RateSlot = { granted: true } | { granted: false; retryInMs: number };

/**
 * Takes one request of the connection's current window (fixed windows of `perMs`, aligned to the epoch), shared by
 * every process through one upsert: a new window resets the count. Refused requests are counted too, which only
 * makes the limit stricter under contention.
 */
export async function takeRateSlot(db: DbOrTx, connectionId: string, limit: RateLimit, now = Date.now()): Promise<RateSlot> {
  const windowStart = Math.floor(now / limit.perMs) * limit.perMs;
  const [row] = await db
    .insert(connectionRateWindows)
    .values({ connectionId, perMs: limit.perMs, windowStart, used: 1 })
    .onConflictDoUpdate({
      target: [connectionRateWindows.connectionId, connectionRateWindows.perMs],
      set: {
        used: sql`case when ${connectionRateWindows.windowStart} < excluded.window_start then 1 else ${connectionRateWindows.used} + 1 end`,
        windowStart: sql`greatest(${connectionRateWindows.windowStart}, excluded.window_start)`,
      },
    })
    .returning({ used: connectionRateWindows.used, windowStart: connectionRateWindows.windowStart });
  if (!row || row.used <= limit.requests) return { granted: true };
  return { granted: false, retryInMs: Math.max(1, row.windowStart + limit.perMs - now) };
}

export interface RateGateOptions {
  db: DbOrTx;
  connectionId: string;
  limit: RateLimit;
  /** "GitHub" — for the message. */
  service: string;
  sleep?: (ms: number) => Promise<unknown>;
}

/**
 * Before each request of a connection: waits briefly for the next window, or throws a retriable rate-limit error
 * whose retry time is the window's end, so the step retries durably then (each attempt in the step log).
 */
export function connectionRateGate({ db, connectionId, limit, service, sleep = delay }: RateGateOptions): () => Promise<void> {
  return async () => {
    for (;;) {
      const slot = await takeRateSlot(db, connectionId, limit);
      if (slot.granted) return;
      if (slot.retryInMs > MAX_INLINE_WAIT_MS) {
        throw new HttpCallError(
          "rate_limit",
          `The ${service} connection has used its ${describeRateLimit(limit)}; the step retries in ${describeWait(slot.retryInMs)}. Raise the connection's rate limit if your ${service} plan allows more.`,
          true,
          undefined,
          slot.retryInMs,
        );
      }
      await sleep(slot.retryInMs);
    }
  };
}

/** The connection's own limit when it sets one, else the connector's default; undefined when neither limits. */
export function effectiveRateLimit(connection: { rateLimitRequests: number | null; rateLimitPerMs: number | null }, connectorDefault: RateLimit | undefined): RateLimit | undefined {
  if (connection.rateLimitRequests && connection.rateLimitPerMs) return { requests: connection.rateLimitRequests, perMs: connection.rateLimitPerMs };
  return connectorDefault;
}
