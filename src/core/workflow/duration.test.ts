import { describe, expect, it } from "vitest";
import { DurationSchema, parseDuration } from "./duration";

describe("parseDuration", () => {
  it.each([
    ["500ms", 500],
    ["30s", 30_000],
    ["5m", 300_000],
    ["1h30m", 5_400_000],
    ["2d", 172_800_000],
    ["1w", 604_800_000],
    ["PT5M", 300_000],
    ["PT1.5S", 1_500],
    ["P1DT2H", 93_600_000],
    ["P2W", 1_209_600_000],
  ])("%s → %d ms", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(["", "5", "5 minutes", "P", "PT", "P1M", "P1Y", "-5m", "m5"])("rejects %j", (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it("accepts at most a year, and nothing empty", () => {
    expect(DurationSchema.safeParse("365d").success).toBe(true);
    expect(DurationSchema.safeParse("366d").success).toBe(false);
    expect(DurationSchema.safeParse("0s").success).toBe(false);
  });
});
