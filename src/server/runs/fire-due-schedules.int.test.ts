import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runs } from "@/server/db/schema/runs";
import { schedules, scheduleSlots } from "@/server/db/schema/schedules";
import type { DatabaseHandle, Db } from "@/server/db/types";
import { currentEngineGateway } from "@/test/engine-gateway";
import { callerFor, createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { publishScheduledWorkflow, scheduleDefinition } from "@/test/schedule-fixtures";
import { createTestDatabase } from "@/test/test-database";
import { createPublishedWorkflow } from "@/test/workflow-fixtures";
import { enqueueStrandedScheduledRuns, fireDueSchedules, MAX_CATCH_UP_SLOTS, STRANDED_AFTER_MS } from "./fire-due-schedules";

let handle: DatabaseHandle;
let db: Db;
let orgA: SeededOrg;
let orgB: SeededOrg;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  orgA = await createOrgWithEveryRole(db, "Sched A");
  orgB = await createOrgWithEveryRole(db, "Sched B");
});
afterAll(() => handle?.close());
// Every test picks its own `now`; schedules left by an earlier test must not fire in a later one.
beforeEach(async () => {
  await db.delete(schedules).where(sql`true`);
});

const T0 = new Date("2030-01-07T10:00:00Z");
const plus = (date: Date, ms: number) => new Date(date.getTime() + ms);
const runsOf = (workflowId: string) => db.select().from(runs).where(eq(runs.workflowId, workflowId)).orderBy(runs.createdAt);
const sentEventsFor = (runId: string) => currentEngineGateway().events.filter((event) => event.id === runId);

describe("fireDueSchedules", () => {
  it("creates one queued schedule run per due slot, sends it once, and advances the schedule", async () => {
    const { workflowId, schedule } = await publishScheduledWorkflow(db, orgA, "*/5 * * * *", { nextRunAt: T0 });
    const now = plus(T0, 30_000);

    const first = await fireDueSchedules(db, { now });
    const second = await fireDueSchedules(db, { now });

    expect(first.created).toHaveLength(1);
    expect(second.created).toHaveLength(0);
    const created = await runsOf(workflowId);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      orgId: orgA.org.id,
      versionId: schedule.versionId,
      status: "queued",
      triggerKind: "schedule",
      triggerPayload: { scheduledAt: T0.toISOString(), cron: "*/5 * * * *", timezone: "UTC" },
    });
    expect(sentEventsFor(created[0]!.id)).toHaveLength(1);
    expect(sentEventsFor(created[0]!.id)[0]).toMatchObject({ name: "workflow/run.requested", data: { runId: created[0]!.id, orgId: orgA.org.id } });
    const [after] = await db.select().from(schedules).where(eq(schedules.id, schedule.id));
    expect(after?.nextRunAt.toISOString()).toBe("2030-01-07T10:05:00.000Z");
    expect(after?.lastSlot?.toISOString()).toBe(T0.toISOString());
    const [slot] = await db.select().from(scheduleSlots).where(eq(scheduleSlots.scheduleId, schedule.id));
    expect(slot).toMatchObject({ runId: created[0]!.id, slot: T0 });
    expect(slot?.enqueuedAt).not.toBeNull();
  });

  it("five concurrent ticks for the same instant still create one run per slot", async () => {
    const a = await publishScheduledWorkflow(db, orgA, "* * * * *", { nextRunAt: T0 });
    const b = await publishScheduledWorkflow(db, orgB, "*/2 * * * *", { timezone: "Europe/Berlin", nextRunAt: T0 });
    const now = plus(T0, 3 * 60_000 + 10_000); // 10:03:10 → a: 10:00..10:03 (4 slots), b: 10:00, 10:02 (2 slots)

    const results = await Promise.all(Array.from({ length: 5 }, () => fireDueSchedules(db, { now })));

    expect(results.flatMap((r) => r.created)).toHaveLength(6);
    const aRuns = await runsOf(a.workflowId);
    const bRuns = await runsOf(b.workflowId);
    const slotsOf = (rows: typeof aRuns) => rows.map((r) => (r.triggerPayload as { scheduledAt: string }).scheduledAt).sort();
    expect(slotsOf(aRuns)).toEqual(["2030-01-07T10:00:00.000Z", "2030-01-07T10:01:00.000Z", "2030-01-07T10:02:00.000Z", "2030-01-07T10:03:00.000Z"]);
    expect(slotsOf(bRuns)).toEqual(["2030-01-07T10:00:00.000Z", "2030-01-07T10:02:00.000Z"]);
    for (const run of [...aRuns, ...bRuns]) expect(sentEventsFor(run.id)).toHaveLength(1);
  });

  it("a crash between commit and send leaves a queued run that the sweeper sends once, and no second run", async () => {
    const { workflowId, schedule } = await publishScheduledWorkflow(db, orgA, "0 * * * *", { nextRunAt: T0 });
    const now = plus(T0, 5_000);

    const crashed = await fireDueSchedules(db, {
      now,
      enqueue: () => Promise.reject(new Error("process died before the event was sent")),
    });
    expect(crashed.created).toHaveLength(1);
    expect(crashed.unsent).toBe(1);
    const runId = crashed.created[0]!.id;
    expect(sentEventsFor(runId)).toHaveLength(0);

    // "Restart": a new tick for the same instant (and a later one) finds the slot claimed.
    expect((await fireDueSchedules(db, { now })).created).toHaveLength(0);
    expect((await fireDueSchedules(db, { now: plus(now, 20_000) })).created).toHaveLength(0);
    // Too fresh to be called stranded: a tick could still be about to send it.
    expect(await enqueueStrandedScheduledRuns(db, { now: plus(now, 30_000) })).toEqual({ sent: 0, unsent: 0 });
    expect(await enqueueStrandedScheduledRuns(db, { now: plus(now, STRANDED_AFTER_MS + 1_000) })).toEqual({ sent: 1, unsent: 0 });
    expect(await enqueueStrandedScheduledRuns(db, { now: plus(now, STRANDED_AFTER_MS + 61_000) })).toEqual({ sent: 0, unsent: 0 });

    expect(await runsOf(workflowId)).toHaveLength(1);
    expect(sentEventsFor(runId)).toHaveLength(1);
    const [slot] = await db.select().from(scheduleSlots).where(eq(scheduleSlots.scheduleId, schedule.id));
    expect(slot?.enqueuedAt).not.toBeNull();
  });

  it("the sweeper marks a stranded slot whose run was cancelled without sending it", async () => {
    const { schedule } = await publishScheduledWorkflow(db, orgA, "0 * * * *", { nextRunAt: T0 });
    const crashed = await fireDueSchedules(db, { now: T0, enqueue: () => Promise.reject(new Error("down")) });
    const runId = crashed.created[0]!.id;
    await db.update(runs).set({ status: "cancelled" }).where(eq(runs.id, runId));
    expect(await enqueueStrandedScheduledRuns(db, { now: plus(T0, 2 * STRANDED_AFTER_MS) })).toEqual({ sent: 0, unsent: 0 });
    expect(sentEventsFor(runId)).toHaveLength(0);
    const [slot] = await db.select().from(scheduleSlots).where(eq(scheduleSlots.scheduleId, schedule.id));
    expect(slot?.enqueuedAt).not.toBeNull();
  });

  it(`catches up at most ${MAX_CATCH_UP_SLOTS} missed slots (the latest) and moves on`, async () => {
    const { workflowId, schedule } = await publishScheduledWorkflow(db, orgA, "* * * * *", { nextRunAt: plus(T0, -24 * 3_600_000) });
    const now = plus(T0, 15_000);

    const result = await fireDueSchedules(db, { now });

    expect(result.created).toHaveLength(MAX_CATCH_UP_SLOTS);
    expect(result.skippedSlots).toBeGreaterThan(0);
    const fired = (await runsOf(workflowId)).map((r) => (r.triggerPayload as { scheduledAt: string }).scheduledAt).sort();
    expect(fired).toHaveLength(MAX_CATCH_UP_SLOTS);
    expect(fired.at(0)).toBe("2030-01-07T09:51:00.000Z");
    expect(fired.at(-1)).toBe("2030-01-07T10:00:00.000Z");
    const [after] = await db.select().from(schedules).where(eq(schedules.id, schedule.id));
    expect(after?.nextRunAt.toISOString()).toBe("2030-01-07T10:01:00.000Z");
    expect((await fireDueSchedules(db, { now })).created).toHaveLength(0);
  });

  it("fires nothing for a disabled schedule or before its slot", async () => {
    const early = await publishScheduledWorkflow(db, orgA, "0 * * * *", { nextRunAt: plus(T0, 60_000) });
    const disabled = await publishScheduledWorkflow(db, orgA, "0 * * * *", { nextRunAt: T0 });
    await db.update(schedules).set({ enabled: false }).where(eq(schedules.id, disabled.schedule.id));
    expect((await fireDueSchedules(db, { now: T0 })).created).toHaveLength(0);
    expect(await runsOf(early.workflowId)).toHaveLength(0);
    expect(await runsOf(disabled.workflowId)).toHaveLength(0);
  });

  it("a schedule never creates runs in another org", async () => {
    const a = await publishScheduledWorkflow(db, orgA, "*/10 * * * *", { nextRunAt: T0 });
    const b = await publishScheduledWorkflow(db, orgB, "*/10 * * * *", { nextRunAt: T0 });
    // A forged row: org A's schedule pointing at org B's workflow and version must not fire at all.
    const victim = await createPublishedWorkflow(db, orgB.org.id, scheduleDefinition("* * * * *"));
    await db.insert(schedules).values({
      orgId: orgA.org.id,
      workflowId: victim.workflowId,
      versionId: victim.versionId,
      cron: "* * * * *",
      timezone: "UTC",
      nextRunAt: T0,
    });

    const result = await fireDueSchedules(db, { now: plus(T0, 1_000) });

    expect(result.created.map((r) => r.orgId).sort()).toEqual([orgA.org.id, orgB.org.id].sort());
    expect((await runsOf(a.workflowId)).map((r) => r.orgId)).toEqual([orgA.org.id]);
    expect((await runsOf(b.workflowId)).map((r) => r.orgId)).toEqual([orgB.org.id]);
    expect(await runsOf(victim.workflowId)).toHaveLength(0);
    expect(await db.select().from(runs).where(and(eq(runs.orgId, orgA.org.id), eq(runs.workflowId, b.workflowId)))).toHaveLength(0);
  });
});

describe("publishing keeps the schedule in step with the trigger", () => {
  it("a schedule trigger creates the row (shown by workflow.get); a manual trigger removes it", async () => {
    const before = new Date();
    const { workflowId, schedule } = await publishScheduledWorkflow(db, orgA, "0 9 * * 1-5", { timezone: "America/New_York" });
    expect(schedule).toMatchObject({ orgId: orgA.org.id, cron: "0 9 * * 1-5", timezone: "America/New_York", enabled: true, lastSlot: null });
    expect(schedule.nextRunAt.getTime()).toBeGreaterThan(before.getTime());
    const caller = callerFor(db, orgA.members.viewer);
    const shown = await caller.workflow.get({ orgSlug: orgA.org.slug, workflowId });
    expect(shown.schedule).toEqual({
      cron: "0 9 * * 1-5",
      timezone: "America/New_York",
      nextRunAt: schedule.nextRunAt,
      lastSlot: null,
      enabled: true,
      description: "Every weekday at 09:00",
      upcoming: expect.any(Array),
    });
    expect(shown.schedule?.upcoming).toHaveLength(5);
    expect(shown.schedule?.upcoming[0]).toEqual(schedule.nextRunAt);
    expect(schedule.versionId).toBe(shown.publishedVersionId);

    const editor = callerFor(db, orgA.members.editor);
    // Re-publishing the same cadence keeps the pending slot but pins the new version.
    await db.update(schedules).set({ nextRunAt: T0 }).where(eq(schedules.id, schedule.id));
    await editor.workflow.publish({ orgSlug: orgA.org.slug, workflowId });
    const [republished] = await db.select().from(schedules).where(eq(schedules.workflowId, workflowId));
    expect(republished?.id).toBe(schedule.id);
    expect(republished?.nextRunAt).toEqual(T0);
    expect(republished?.versionId).not.toBe(schedule.versionId);

    // A new cadence is counted from now.
    await editor.workflow.saveDraft({ orgSlug: orgA.org.slug, workflowId, definition: scheduleDefinition("*/30 * * * *", "Europe/Berlin") });
    await editor.workflow.publish({ orgSlug: orgA.org.slug, workflowId });
    const [changed] = await db.select().from(schedules).where(eq(schedules.workflowId, workflowId));
    expect(changed).toMatchObject({ cron: "*/30 * * * *", timezone: "Europe/Berlin" });
    expect(changed!.nextRunAt.getTime()).toBeGreaterThan(before.getTime());
    expect(changed!.nextRunAt.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);

    await editor.workflow.saveDraft({
      orgSlug: orgA.org.slug,
      workflowId,
      definition: { version: 1, nodes: [{ id: "trigger", type: "trigger", name: "Manual", trigger: { kind: "manual" } }], edges: [] },
    });
    await editor.workflow.publish({ orgSlug: orgA.org.slug, workflowId });
    expect(await db.select().from(schedules).where(eq(schedules.workflowId, workflowId))).toHaveLength(0);
    expect((await caller.workflow.get({ orgSlug: orgA.org.slug, workflowId })).schedule).toBeNull();
  });

  it("another org cannot read the schedule through workflow.get", async () => {
    const { workflowId } = await publishScheduledWorkflow(db, orgA, "0 * * * *");
    await expect(callerFor(db, orgB.members.owner).workflow.get({ orgSlug: orgB.org.slug, workflowId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
