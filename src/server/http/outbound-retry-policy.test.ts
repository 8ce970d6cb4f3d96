import { describe, expect, it } from "vitest";
import { AuthError, ClientError, NetworkError, RateLimitError, ServerError } from "./http-errors";
import { DEFAULT_OUTBOUND_RETRY, isRetriableFailure, nextRetryWaitMs, resolveOutboundRetry } from "./outbound-retry-policy";

const policy = { ...DEFAULT_OUTBOUND_RETRY, attempts: 5, baseDelayMs: 100, maxDelayMs: 1_000, maxTotalWaitMs: 2_000 };

describe("outbound retry policy", () => {
  it("is off unless asked for", () => {
    expect(resolveOutboundRetry(undefined)).toBeUndefined();
    expect(resolveOutboundRetry(false)).toBeUndefined();
    expect(resolveOutboundRetry(true)).toEqual(DEFAULT_OUTBOUND_RETRY);
    expect(resolveOutboundRetry({ attempts: 2 })).toMatchObject({ attempts: 2, baseDelayMs: DEFAULT_OUTBOUND_RETRY.baseDelayMs });
  });

  it("full jitter: uniform below min(max, base × 2^(n-1)), clipped to what is left of the budget", () => {
    expect(nextRetryWaitMs(policy, 1, 0, undefined, () => 0.999)).toBe(99);
    expect(nextRetryWaitMs(policy, 3, 0, undefined, () => 0.5)).toBe(200);
    expect(nextRetryWaitMs(policy, 4, 0, undefined, () => 0.999)).toBe(799);
    expect(nextRetryWaitMs(policy, 4, 1_900, undefined, () => 0.999)).toBe(100);
    expect(nextRetryWaitMs(policy, 4, 2_000, undefined, () => 0.5)).toBeUndefined();
    expect(nextRetryWaitMs(policy, 5, 0, undefined, () => 0.5)).toBeUndefined(); // attempts used up
  });

  it("a server-requested wait is taken as given, or ends the retries if it does not fit the budget", () => {
    expect(nextRetryWaitMs(policy, 1, 0, 1_500, () => 0)).toBe(1_500);
    expect(nextRetryWaitMs(policy, 1, 600, 1_500, () => 0)).toBeUndefined();
  });

  it.each([
    [new ServerError(503, undefined, "x"), "GET", true],
    [new RateLimitError(429, 1_000, "x"), "DELETE", true],
    [new NetworkError("reset"), "PUT", true],
    [new ClientError(404, "x"), "GET", false],
    [new AuthError(401, "x"), "GET", false],
    [new ServerError(503, undefined, "x"), "POST", false],
    [new RateLimitError(429, 1_000, "x"), "PATCH", false],
    [new NetworkError("reset", "x", true), "POST", false],
    [new NetworkError("refused", "x", false), "POST", true],
    [new Error("bug"), "GET", false],
  ])("%s on %s → retry: %s", (error, method, expected) => {
    expect(isRetriableFailure(error, method, policy)).toBe(expected);
  });

  it("retries POST on a 503 when the policy says the call is idempotent", () => {
    expect(isRetriableFailure(new ServerError(503, undefined, "x"), "POST", { ...policy, retryNonIdempotent: true })).toBe(true);
  });
});
