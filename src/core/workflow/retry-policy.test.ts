import { describe, expect, it } from "vitest";
import { RETRY_PRESETS, RetryPolicySchema, resolveRetryPolicy, retryDelayMs, shouldRetry } from "./retry-policy";

describe("retry policies", () => {
  it("resolves presets to their table entries and defaults to standard", () => {
    expect(resolveRetryPolicy("aggressive")).toEqual({ attempts: 8, baseDelayMs: 250, maxDelayMs: 30_000 });
    expect(resolveRetryPolicy("standard")).toEqual({ attempts: 5, baseDelayMs: 2_000, maxDelayMs: 60_000 });
    expect(resolveRetryPolicy("conservative")).toEqual({ attempts: 4, baseDelayMs: 30_000, maxDelayMs: 600_000 });
    expect(resolveRetryPolicy("no_retry")).toEqual({ attempts: 1, baseDelayMs: 0, maxDelayMs: 0 });
    expect(resolveRetryPolicy(undefined)).toBe(RETRY_PRESETS.standard);
    const custom = { attempts: 2, baseDelayMs: 10, maxDelayMs: 20 };
    expect(resolveRetryPolicy(custom)).toBe(custom);
  });

  it("retries until the attempts are used up (attempt is 0-based)", () => {
    expect([0, 1, 2, 3, 4].map((attempt) => shouldRetry("standard", attempt))).toEqual([true, true, true, true, false]);
    expect(shouldRetry("no_retry", 0)).toBe(false);
    expect(shouldRetry({ attempts: 2, baseDelayMs: 1, maxDelayMs: 1 }, 0)).toBe(true);
  });

  it("doubles the ceiling each attempt, with full jitter below it", () => {
    const top = () => 0.999_999;
    expect([0, 1, 2, 3].map((attempt) => retryDelayMs("standard", attempt, top))).toEqual([1_999, 3_999, 7_999, 15_999]);
    expect(retryDelayMs("standard", 3, () => 0)).toBe(0);
    expect(retryDelayMs("standard", 3, { random: () => 0.5 })).toBe(8_000);
  });

  it("caps the ceiling at maxDelayMs, even for absurd attempt numbers", () => {
    expect(retryDelayMs("aggressive", 20, () => 0.999_999)).toBe(29_999);
    expect(retryDelayMs({ attempts: 3, baseDelayMs: 1_000, maxDelayMs: 5_000 }, 1_000, () => 0.5)).toBe(2_500);
  });

  it("stays within [0, ceiling) for random jitter", () => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const ceiling = Math.min(30_000, 250 * 2 ** attempt);
      for (let sample = 0; sample < 50; sample++) {
        const delay = retryDelayMs("aggressive", attempt);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling);
      }
    }
  });

  it("lets a server's Retry-After win over the backoff", () => {
    expect(retryDelayMs("standard", 0, { retryAfterMs: 120_000, random: () => 0.5 })).toBe(120_000);
    expect(retryDelayMs("no_retry", 0, { retryAfterMs: 1_500.2 })).toBe(1_501);
    expect(retryDelayMs("standard", 0, { retryAfterMs: -5 })).toBe(0);
  });

  it("validates custom policies", () => {
    expect(RetryPolicySchema.safeParse({ attempts: 3, baseDelayMs: 1_000, maxDelayMs: 500 }).success).toBe(false);
    expect(RetryPolicySchema.safeParse({ attempts: 0, baseDelayMs: 0, maxDelayMs: 0 }).success).toBe(false);
    expect(RetryPolicySchema.safeParse("sometimes").success).toBe(false);
    expect(RetryPolicySchema.safeParse({ attempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 }).success).toBe(true);
  });
});
