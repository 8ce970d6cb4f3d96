import { describe, expect, it } from "vitest";
import { MAX_POLL_BACKOFF_MS, pollBackoffMs } from "./poll-backoff";

describe("pollBackoffMs", () => {
  it("doubles the interval per failure in a row, up to an hour", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((failures) => pollBackoffMs(60_000, failures) / 60_000)).toEqual([2, 4, 8, 16, 32, 60, 60]);
    expect(pollBackoffMs(60_000, 500)).toBe(MAX_POLL_BACKOFF_MS);
  });

  it("never polls sooner than the API's Retry-After (within the cap) nor more often than a longer interval", () => {
    expect(pollBackoffMs(60_000, 1, 10 * 60_000)).toBe(10 * 60_000);
    expect(pollBackoffMs(60_000, 1, 5 * 3_600_000)).toBe(MAX_POLL_BACKOFF_MS);
    expect(pollBackoffMs(3 * 3_600_000, 1)).toBe(3 * 3_600_000);
  });
});
