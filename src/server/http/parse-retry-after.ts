interface HeaderReader {
  get(name: string): string | null;
}

/** Milliseconds to wait from a `Retry-After` header: delta seconds or an HTTP date. */
export function parseRetryAfterHeader(value: string | null, now = Date.now()): number | undefined {
  if (!value?.trim()) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date has a weekday and a month name; Date.parse alone would read "-5" as a year.
  const date = /[a-z]/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Milliseconds until a rate-limit window resets. `X-RateLimit-Reset` is epoch seconds at GitHub, delta
 * seconds elsewhere, epoch milliseconds at a few APIs; `RateLimit-Reset` (IETF draft) is delta seconds, and
 * the newer `RateLimit: "default";r=0;t=30` form carries it as `t`. X (Twitter) spells it `x-rate-limit-reset`.
 */
export function rateLimitResetMs(headers: HeaderReader, now = Date.now()): number | undefined {
  const structured = /(?:^|;)\s*t=(\d+)/.exec(headers.get("ratelimit") ?? "")?.[1];
  const raw = headers.get("x-ratelimit-reset") ?? headers.get("x-rate-limit-reset") ?? headers.get("ratelimit-reset") ?? structured;
  if (!raw?.trim() || !/^\d+(\.\d+)?$/.test(raw.trim())) return undefined;
  const value = Number(raw);
  if (value > 1e12) return Math.max(0, value - now);
  if (value > 1e9) return Math.max(0, value * 1000 - now);
  return value * 1000;
}

/** Whether the response says the caller's quota is used up (GitHub sends 403 + `x-ratelimit-remaining: 0`). */
export function isQuotaExhausted(headers: HeaderReader): boolean {
  const remaining = headers.get("x-ratelimit-remaining") ?? headers.get("x-rate-limit-remaining") ?? headers.get("ratelimit-remaining");
  return remaining?.trim() === "0";
}

/** A rate-limit answer: any 429, and GitHub's 403s for an exhausted quota or a secondary limit (with Retry-After). */
export function isRateLimitResponse(status: number, headers: HeaderReader): boolean {
  return status === 429 || (status === 403 && (isQuotaExhausted(headers) || headers.get("retry-after") !== null));
}

/**
 * How long the server asks us to wait before the next attempt. `Retry-After` wins everywhere (429, 503, …); the
 * reset headers count only on a rate-limit answer — GitHub sends `x-ratelimit-reset` on every response, and a
 * 502 must not make us wait for the next quota window.
 */
export function retryAfterMs(status: number, headers: HeaderReader, now = Date.now()): number | undefined {
  const retryAfter = parseRetryAfterHeader(headers.get("retry-after"), now);
  if (retryAfter !== undefined) return retryAfter;
  return isRateLimitResponse(status, headers) ? rateLimitResetMs(headers, now) : undefined;
}
