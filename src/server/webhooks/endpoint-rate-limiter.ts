import { LRUCache } from "lru-cache";

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
  perMinute: number;
}

/**
 * Deliveries per endpoint per minute, in this process's memory (a token bucket: a full minute's worth may arrive at
 * once, then they refill evenly). A shared counter would cost a database round trip per delivery on the hot path;
 * with several processes the effective limit is per process, as the endpoint's setting says.
 */
export class EndpointRateLimiter {
  // Bounded: an evicted bucket starts full again, which only ever errs toward accepting.
  private readonly buckets = new LRUCache<string, Bucket>({ max: 50_000 });

  take(endpointId: string, perMinute: number, nowMs: number): RateDecision {
    const ratePerMs = perMinute / 60_000;
    let bucket = this.buckets.get(endpointId);
    if (!bucket || bucket.perMinute !== perMinute) {
      // A new limit starts from a full bucket rather than carrying over a count taken under another one.
      bucket = { tokens: perMinute, updatedAt: nowMs, perMinute };
      this.buckets.set(endpointId, bucket);
    }
    bucket.tokens = Math.min(perMinute, bucket.tokens + Math.max(0, nowMs - bucket.updatedAt) * ratePerMs);
    bucket.updatedAt = nowMs;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    if (ratePerMs <= 0) return { allowed: false, retryAfterSeconds: 60 };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000)) };
  }
}
