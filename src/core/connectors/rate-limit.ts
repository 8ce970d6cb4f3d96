/** At most `requests` calls per window of `perMs` milliseconds, per connection unless overridden. */
export interface RateLimit {
  requests: number;
  perMs: number;
}

export const HOUR_MS = 3_600_000;

const UNITS: readonly [number, string][] = [
  [86_400_000, "day"],
  [3_600_000, "hour"],
  [60_000, "minute"],
  [1_000, "second"],
];

/** "5000 requests per hour", "100 requests per 10 seconds". */
export function describeRateLimit({ requests, perMs }: RateLimit): string {
  const unit = UNITS.find(([ms]) => perMs % ms === 0);
  const window = unit ? (perMs === unit[0] ? unit[1] : `${perMs / unit[0]} ${unit[1]}s`) : `${perMs} ms`;
  return `${requests} ${requests === 1 ? "request" : "requests"} per ${window}`;
}
