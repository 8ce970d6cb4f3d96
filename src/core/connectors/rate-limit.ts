/** At most `requests` calls per window of `perMs` milliseconds, per connection unless overridden. */
export interface RateLimit {
  requests: number;
  perMs: number;
}

export const HOUR_MS = 3_600_000;
