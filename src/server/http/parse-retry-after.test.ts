import { Headers } from "undici";
import { describe, expect, it } from "vitest";
import { isRateLimitResponse, parseRetryAfterHeader, rateLimitResetMs, retryAfterMs } from "./parse-retry-after";

const NOW = Date.parse("2025-01-01T00:00:00Z");
const headers = (init: Record<string, string>) => new Headers(init);

describe("rate-limit headers", () => {
  it.each([
    ["120", 120_000],
    ["0", 0],
    ["1.5", 1_500],
    ["Wed, 01 Jan 2025 00:00:30 GMT", 30_000],
    ["Tue, 31 Dec 2024 23:59:00 GMT", 0],
    ["soon", undefined],
    ["-5", undefined],
    ["", undefined],
  ])("Retry-After %j → %s ms", (value, expected) => {
    expect(parseRetryAfterHeader(value, NOW)).toBe(expected);
  });

  it.each([
    [{ "x-ratelimit-reset": String(NOW / 1000 + 45) }, 45_000], // GitHub: epoch seconds
    [{ "x-ratelimit-reset": "45" }, 45_000], // delta seconds
    [{ "x-ratelimit-reset": String(NOW + 2_000) }, 2_000], // epoch milliseconds
    [{ "ratelimit-reset": "7" }, 7_000], // IETF draft
    [{ ratelimit: '"default";r=0;t=12' }, 12_000], // IETF draft, structured form
    [{ "x-rate-limit-reset": String(NOW / 1000 + 60) }, 60_000], // X (Twitter)
    [{ "x-ratelimit-reset": "later" }, undefined],
    [{}, undefined],
  ])("reset %j → %s ms", (init, expected) => {
    expect(rateLimitResetMs(headers(init), NOW)).toBe(expected);
  });

  it("recognises GitHub's 403 rate limits, not its ordinary 403s", () => {
    expect(isRateLimitResponse(403, headers({ "x-ratelimit-remaining": "0" }))).toBe(true);
    expect(isRateLimitResponse(403, headers({ "retry-after": "60" }))).toBe(true); // secondary rate limit
    expect(isRateLimitResponse(403, headers({ "x-ratelimit-remaining": "4999" }))).toBe(false);
    expect(isRateLimitResponse(429, headers({}))).toBe(true);
  });

  it("Retry-After wins; reset headers count only on a rate-limit answer", () => {
    const reset = { "x-ratelimit-reset": String(NOW / 1000 + 3600), "x-ratelimit-remaining": "10" };
    expect(retryAfterMs(429, headers({ ...reset, "retry-after": "5" }), NOW)).toBe(5_000);
    expect(retryAfterMs(429, headers(reset), NOW)).toBe(3_600_000);
    expect(retryAfterMs(502, headers(reset), NOW)).toBeUndefined();
    expect(retryAfterMs(503, headers({ "retry-after": "7" }), NOW)).toBe(7_000);
  });
});
