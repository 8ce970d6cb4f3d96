/** A failing poll waits at most this long between attempts (or its own interval, when that is longer). */
export const MAX_POLL_BACKOFF_MS = 60 * 60_000;

/**
 * How long to wait after the `failures`-th failure in a row: the interval doubled per failure, at most an hour (or
 * the interval when longer), and never sooner than the API's Retry-After.
 */
export function pollBackoffMs(intervalMs: number, failures: number, retryAfterMs?: number): number {
  const cap = Math.max(MAX_POLL_BACKOFF_MS, intervalMs);
  const doubled = intervalMs * 2 ** Math.min(Math.max(failures, 0), 30);
  return Math.min(Math.max(doubled, retryAfterMs ?? 0), cap);
}
