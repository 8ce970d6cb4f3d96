const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };

/** Parses the SDK's duration strings ("1w2d3h4m5s", "500ms") to milliseconds; null when it is not one. */
export function parseDuration(text: string): number | null {
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|w|d|h|m|s)/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join("") !== text) return null;
  return parts.reduce((total, [, amount, unit]) => total + Number(amount) * (UNIT_MS[unit ?? "ms"] ?? 0), 0);
}

/** A `Sleep` op's `name` or a wait timeout: a duration ("30s") or an ISO date. Returns the delay in ms from `now`. */
export function delayUntil(spec: string, now: Date): number {
  const duration = parseDuration(spec);
  if (duration !== null) return duration;
  const date = Date.parse(spec);
  if (Number.isNaN(date)) throw new Error(`Unrecognised duration or date "${spec}"`);
  return Math.max(0, date - now.getTime());
}

/** A `Retry-After` header: seconds, or an HTTP/ISO date. Returns ms from `now`, or null when absent/unreadable. */
export function parseRetryAfter(header: string | null, now: Date): number | null {
  if (!header) return null;
  if (/^\d+(\.\d+)?$/.test(header.trim())) return Number(header) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now.getTime());
}
