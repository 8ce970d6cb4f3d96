import { describe, expect, it } from "vitest";
import { dueSlots, nextSlot, upcomingSlots } from "./schedule-slots";

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const at = (value: string) => new Date(value);

describe("nextSlot", () => {
  it("is strictly after the reference, in the schedule's time zone", () => {
    // 09:00 in Berlin is 08:00Z in winter (CET, UTC+1).
    expect(nextSlot("0 9 * * *", "Europe/Berlin", at("2025-01-15T07:59:00Z"))?.toISOString()).toBe("2025-01-15T08:00:00.000Z");
    expect(nextSlot("0 9 * * *", "Europe/Berlin", at("2025-01-15T08:00:00Z"))?.toISOString()).toBe("2025-01-16T08:00:00.000Z");
    // ...and 07:00Z in summer (CEST, UTC+2).
    expect(nextSlot("0 9 * * *", "Europe/Berlin", at("2025-07-01T00:00:00Z"))?.toISOString()).toBe("2025-07-01T07:00:00.000Z");
  });

  it("follows America/New_York across its spring-forward and fall-back", () => {
    // 2025-03-09: 02:00 EST → 03:00 EDT. 09:00 local is 14:00Z before, 13:00Z after.
    expect(nextSlot("0 9 * * *", "America/New_York", at("2025-03-08T15:00:00Z"))?.toISOString()).toBe("2025-03-09T13:00:00.000Z");
    expect(nextSlot("0 9 * * *", "America/New_York", at("2025-03-07T15:00:00Z"))?.toISOString()).toBe("2025-03-08T14:00:00.000Z");
    // 2025-11-02: back to EST, 09:00 local is 14:00Z again.
    expect(nextSlot("0 9 * * *", "America/New_York", at("2025-11-01T14:00:00Z"))?.toISOString()).toBe("2025-11-02T14:00:00.000Z");
  });

  it("fires a wall time that spring-forward skips once, at the first instant after the gap (Europe/Berlin)", () => {
    // 2025-03-30 02:30 does not exist in Berlin (02:00 CET → 03:00 CEST).
    const slots = dueSlots("30 2 * * *", "Europe/Berlin", at("2025-03-28T00:00:00Z"), at("2025-04-01T00:00:00Z"), 10).slots;
    expect(iso(slots)).toEqual(["2025-03-28T01:30:00.000Z", "2025-03-29T01:30:00.000Z", "2025-03-30T01:00:00.000Z", "2025-03-31T00:30:00.000Z"]);
  });
});

describe("dueSlots", () => {
  it("includes both ends and returns the slots oldest first", () => {
    const { slots, skipped } = dueSlots("*/15 * * * *", "UTC", at("2025-01-01T10:00:00Z"), at("2025-01-01T10:45:00Z"), 10);
    expect(iso(slots)).toEqual(["2025-01-01T10:00:00.000Z", "2025-01-01T10:15:00.000Z", "2025-01-01T10:30:00.000Z", "2025-01-01T10:45:00.000Z"]);
    expect(skipped).toBe(0);
  });

  it("is empty before the first slot and when the window is inverted", () => {
    expect(dueSlots("0 * * * *", "UTC", at("2025-01-01T10:00:01Z"), at("2025-01-01T10:59:59Z"), 10).slots).toEqual([]);
    expect(dueSlots("0 * * * *", "UTC", at("2025-01-01T11:00:00Z"), at("2025-01-01T10:00:00Z"), 10).slots).toEqual([]);
  });

  it("keeps only the latest `max` slots and counts what it skipped", () => {
    const { slots, skipped } = dueSlots("* * * * *", "UTC", at("2025-01-01T10:00:00Z"), at("2025-01-01T10:59:30Z"), 3);
    expect(iso(slots)).toEqual(["2025-01-01T10:57:00.000Z", "2025-01-01T10:58:00.000Z", "2025-01-01T10:59:00.000Z"]);
    expect(skipped).toBe(3); // 57 skipped, but the count stops at `max`
    expect(dueSlots("* * * * *", "UTC", at("2025-01-01T10:00:00Z"), at("2025-01-01T10:04:00Z"), 3).skipped).toBe(2);
  });

  it("gives every hour of Berlin's fall-back night its own instant (02:00 happens twice)", () => {
    // 2025-10-26 03:00 CEST → 02:00 CET: the hourly slots stay one hour apart in UTC, none repeated.
    const { slots } = dueSlots("0 * * * *", "Europe/Berlin", at("2025-10-25T23:00:00Z"), at("2025-10-26T03:00:00Z"), 10);
    expect(iso(slots)).toEqual([
      "2025-10-25T23:00:00.000Z",
      "2025-10-26T00:00:00.000Z",
      "2025-10-26T01:00:00.000Z",
      "2025-10-26T02:00:00.000Z",
      "2025-10-26T03:00:00.000Z",
    ]);
  });

  it("keeps a daily local time across New York's fall-back", () => {
    const { slots } = dueSlots("30 8 * * *", "America/New_York", at("2025-10-31T00:00:00Z"), at("2025-11-04T00:00:00Z"), 10);
    expect(iso(slots)).toEqual(["2025-10-31T12:30:00.000Z", "2025-11-01T12:30:00.000Z", "2025-11-02T13:30:00.000Z", "2025-11-03T13:30:00.000Z"]);
  });
});

describe("upcomingSlots", () => {
  it("starts at the reference when it is a slot, then lists the following ones", () => {
    expect(iso(upcomingSlots("0 9 * * 1-5", "Europe/Berlin", at("2025-01-17T08:00:00Z"), 3))).toEqual([
      "2025-01-17T08:00:00.000Z",
      "2025-01-20T08:00:00.000Z",
      "2025-01-21T08:00:00.000Z",
    ]);
    expect(iso(upcomingSlots("*/30 * * * *", "UTC", at("2025-01-17T08:10:00Z"), 2))).toEqual(["2025-01-17T08:30:00.000Z", "2025-01-17T09:00:00.000Z"]);
    expect(upcomingSlots("* * * * *", "UTC", at("2025-01-17T08:10:00Z"), 0)).toEqual([]);
  });
});
