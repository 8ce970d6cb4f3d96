import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { serve } from "inngest/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dueSlots } from "@/core/workflow/schedule-slots";
import { createEmbeddedExecutor, type EmbeddedExecutor, type ExecutorDb } from "@/executor";
import { runs, runSteps } from "@/server/db/schema/runs";
import { schedules } from "@/server/db/schema/schedules";
import type { DatabaseHandle, Db } from "@/server/db/types";
import { fireDueSchedules } from "@/server/runs/fire-due-schedules";
import { installAsAppDatabase } from "@/test/app-database";
import { currentEngineGateway } from "@/test/engine-gateway";
import { createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { publishScheduledWorkflow } from "@/test/schedule-fixtures";
import { createTestDatabase } from "@/test/test-database";
import { inngest } from "./client";
import { inngestFunctions } from "./functions";
import { SCHEDULE_TICK_FUNCTION_ID } from "./functions/schedule-tick";

let handle: DatabaseHandle;
let db: Db;
let executor: EmbeddedExecutor;
let appServer: Server;
let seeded: SeededOrg;
/** The executor's clock runs this far ahead of real time; jumping it past a minute boundary fires the cron tick now. */
let clockOffsetMs = 0;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  installAsAppDatabase(handle);
  seeded = await createOrgWithEveryRole(db, "Scheduled");
  executor = createEmbeddedExecutor({
    db: db as unknown as ExecutorDb,
    pollIntervalMs: 20,
    delayScale: 0.01,
    cronTickMs: 50,
    now: () => new Date(Date.now() + clockOffsetMs),
    logger: { info() {}, warn() {}, error() {} },
  });
  await executor.start();
  currentEngineGateway().forwardTo(executor.url);
  appServer = createServer(serve({ client: inngest, functions: inngestFunctions }));
  await new Promise<void>((resolve) => appServer.listen(0, "127.0.0.1", resolve));
  await executor.syncApp(`http://127.0.0.1:${(appServer.address() as AddressInfo).port}/api/inngest`);
}, 60_000);

afterAll(async () => {
  currentEngineGateway().forwardTo(null);
  await executor?.stop();
  appServer?.closeAllConnections();
  await new Promise((resolve) => appServer?.close(resolve));
  await handle?.close();
});

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function finishedRunsOf(workflowId: string) {
  return waitFor(async () => {
    const rows = await db.select().from(runs).where(eq(runs.workflowId, workflowId));
    return rows.length > 0 && rows.every((r) => ["succeeded", "failed", "cancelled"].includes(r.status)) ? rows : undefined;
  }, `the scheduled runs of ${workflowId}`);
}

describe("scheduled workflows on the embedded executor", () => {
  it("a due schedule fired by the tick's service produces one succeeded run", async () => {
    // The latest noon in Berlin that has passed: the one slot due now.
    const slot = dueSlots("0 12 * * *", "Europe/Berlin", new Date(Date.now() - 2 * 86_400_000), new Date(), 1).slots[0]!;
    const { workflowId } = await publishScheduledWorkflow(db, seeded, "0 12 * * *", { timezone: "Europe/Berlin", nextRunAt: slot });

    const fired = await fireDueSchedules(db);

    expect(fired.created).toHaveLength(1);
    const [run] = await finishedRunsOf(workflowId);
    expect(run).toMatchObject({ status: "succeeded", triggerKind: "schedule", output: `fired for ${slot.toISOString()}` });
    const steps = await db.select().from(runSteps).where(eq(runSteps.runId, run!.id));
    expect(steps.map((s) => [s.nodeId, s.status]).sort()).toEqual([
      ["stamp", "succeeded"],
      ["trigger", "succeeded"],
    ]);
  });

  it("the executor's cron tick runs the schedule-tick function, which starts the due run", async () => {
    const { workflowId, schedule } = await publishScheduledWorkflow(db, seeded, "*/5 * * * *", { nextRunAt: new Date(Date.now() - 5 * 60_000) });
    // Let the executor's cron scheduler see the synced functions, then move its clock past the next minute boundary.
    await new Promise((resolve) => setTimeout(resolve, 300));
    clockOffsetMs = 61_000;

    const [run] = await finishedRunsOf(workflowId);
    expect(run).toMatchObject({ status: "succeeded", triggerKind: "schedule" });
    const ticks = await waitFor(async () => {
      const done = (await executor.listRuns(`junction-${SCHEDULE_TICK_FUNCTION_ID}`)).filter((r) => r.status === "completed");
      return done.length > 0 ? done : undefined;
    }, "a completed schedule tick");
    expect(ticks.length).toBeGreaterThan(0);
    const [after] = await db.select().from(schedules).where(eq(schedules.id, schedule.id));
    expect(after!.nextRunAt.getTime()).toBeGreaterThan(Date.now());
    expect(await db.select().from(runs).where(eq(runs.workflowId, workflowId))).toHaveLength(1);
  });
});
