import { HttpCallError, NetworkError } from "./http-errors";

/**
 * Retries inside one outbound call, opt-in per call. The workflow engine retries whole steps durably (each
 * attempt logged, waits as durable sleeps), so the `http.request` action calls with retries off; connectors
 * turn them on where one step makes many calls (a listing of 40 pages should not restart from page 1 because
 * page 31 met a 503).
 */
export interface OutboundRetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Backoff before retry n (1-based) is uniform in [0, min(maxDelayMs, baseDelayMs × 2^(n-1))) — full jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * The most the call may spend waiting between attempts, all waits together. When the server asks for a longer
   * wait (Retry-After, a rate-limit reset) the call stops at once and the error carries that wait, so the step's
   * own retry can sleep durably instead of holding a worker.
   */
  maxTotalWaitMs: number;
  /**
   * Also retry POST and PATCH on 5xx, 429 and broken connections. Only for calls the API makes idempotent (an
   * Idempotency-Key header, a natural key); otherwise they are retried only when the connection never opened.
   */
  retryNonIdempotent: boolean;
}

export const DEFAULT_OUTBOUND_RETRY: OutboundRetryPolicy = {
  attempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  maxTotalWaitMs: 30_000,
  retryNonIdempotent: false,
};

/** What a request may pass: `true` for the defaults, an object to override some of them, false/undefined for one attempt. */
export type OutboundRetryOption = boolean | Partial<OutboundRetryPolicy> | undefined;

export function resolveOutboundRetry(option: OutboundRetryOption): OutboundRetryPolicy | undefined {
  if (!option) return undefined;
  return option === true ? DEFAULT_OUTBOUND_RETRY : { ...DEFAULT_OUTBOUND_RETRY, ...option };
}

const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]);

/** Whether the failure of this attempt may be followed by another one of the same request. */
export function isRetriableFailure(error: unknown, method: string, policy: OutboundRetryPolicy): boolean {
  if (!(error instanceof HttpCallError) || !error.retriable) return false;
  if (IDEMPOTENT_METHODS.has(method.toUpperCase()) || policy.retryNonIdempotent) return true;
  // A POST whose connection never opened did nothing on the server.
  return error instanceof NetworkError && !error.requestSent;
}

/**
 * The wait before the next attempt after `failedAttempts` attempts, or undefined to stop: the server's requested
 * wait when it gave one (stopping if that exceeds what is left of the budget), else full-jitter backoff clipped
 * to the budget.
 */
export function nextRetryWaitMs(
  policy: OutboundRetryPolicy,
  failedAttempts: number,
  waitedMs: number,
  serverWaitMs: number | undefined,
  random: () => number,
): number | undefined {
  if (failedAttempts >= policy.attempts) return undefined;
  const budget = policy.maxTotalWaitMs - waitedMs;
  if (serverWaitMs !== undefined) return serverWaitMs <= budget ? Math.ceil(serverWaitMs) : undefined;
  if (budget <= 0) return undefined;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(failedAttempts - 1, 30));
  return Math.min(budget, Math.floor(random() * ceiling));
}
