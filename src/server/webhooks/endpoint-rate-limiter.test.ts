import { describe, expect, it } from "vitest";
import { EndpointRateLimiter } from "./endpoint-rate-limiter";

describe("EndpointRateLimiter", () => {
  it("lets a minute's worth through at once, then refills evenly and says when to retry", () => {
    const limiter = new EndpointRateLimiter();
    const t0 = 1_000_000;
    for (let i = 0; i < 60; i++) expect(limiter.take("wh_a", 60, t0)).toEqual({ allowed: true });
    expect(limiter.take("wh_a", 60, t0)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take("wh_a", 60, t0 + 1_000)).toEqual({ allowed: true });
    expect(limiter.take("wh_a", 60, t0 + 1_000)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // Endpoints are counted apart.
    expect(limiter.take("wh_b", 60, t0)).toEqual({ allowed: true });
  });

  it("gives Retry-After in whole seconds for slow limits, and starts afresh when the limit changes", () => {
    const limiter = new EndpointRateLimiter();
    expect(limiter.take("wh_c", 2, 0)).toEqual({ allowed: true });
    expect(limiter.take("wh_c", 2, 0)).toEqual({ allowed: true });
    expect(limiter.take("wh_c", 2, 0)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(limiter.take("wh_c", 2, 20_000)).toEqual({ allowed: false, retryAfterSeconds: 10 });
    expect(limiter.take("wh_c", 100, 20_000)).toEqual({ allowed: true });
  });
});
