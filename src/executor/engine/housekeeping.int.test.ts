import { describe, expect, it } from "vitest";
import { freshTestDatabase } from "@/test/fresh-test-database";
import type { ExecutorDb } from "../storage/database";
import { executorEvents, executorIdempotencyKeys, executorRuns, executorSteps } from "../storage/schema";
import { createClock } from "../timing/clock";
import type { EngineContext } from "./context";
import { FunctionCache } from "./functions";
import { fetchDispatch } from "./call-sdk";
import { ENDED_RUN_RETENTION_MS, sweepExpired } from "./housekeeping";

const db = freshTestDatabase();
const NOW = new Date("2026-11-22T12:00:00Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const HOUR = 60 * 60 * 1000;

function context(): EngineContext {
  return {
    db: db as unknown as ExecutorDb,
    clock: createClock(() => NOW, 1),
    logger: { info() {}, warn() {}, error() {} },
    lockTimeoutMs: 30_000,
    callTimeoutMs: 30_000,
    random: Math.random,
    onRunEvent() {},
    dispatch: fetchDispatch,
    functions: new FunctionCache(),
    wake() {},
  };
}

function run(id: string, endedAt: Date | null) {
  const event = { name: "test/e", data: {} };
  return { id, functionId: "fn", status: endedAt ? ("completed" as const) : ("sleeping" as const), event, events: [event], maxAttempts: 1, createdAt: ago(30 * 24 * HOUR), endedAt };
}

describe("sweepExpired", () => {
  it("removes events past the dedupe window, expired keys and long-ended runs with their steps, and nothing else", async () => {
    await db.insert(executorEvents).values([
      { id: "old-event", name: "test/e", data: {}, ts: 0, receivedAt: ago(25 * HOUR) },
      { id: "fresh-event", name: "test/e", data: {}, ts: 0, receivedAt: ago(23 * HOUR) },
    ]);
    await db.insert(executorIdempotencyKeys).values([
      { functionId: "fn", key: "expired", runId: "r", expiresAt: ago(1) },
      { functionId: "fn", key: "valid", runId: "r", expiresAt: new Date(NOW.getTime() + HOUR) },
    ]);
    await db.insert(executorRuns).values([run("ended-long-ago", ago(ENDED_RUN_RETENTION_MS + HOUR)), run("ended-recently", ago(HOUR)), run("still-sleeping", null)]);
    await db.insert(executorSteps).values({ runId: "ended-long-ago", stepId: "s", outcome: { data: 1 }, createdAt: ago(ENDED_RUN_RETENTION_MS + 2 * HOUR) });

    const swept = await sweepExpired(context());

    expect(swept).toEqual({ events: 1, idempotencyKeys: 1, runs: 1 });
    expect((await db.select({ id: executorEvents.id }).from(executorEvents)).map((r) => r.id)).toEqual(["fresh-event"]);
    expect((await db.select({ key: executorIdempotencyKeys.key }).from(executorIdempotencyKeys)).map((r) => r.key)).toEqual(["valid"]);
    expect((await db.select({ id: executorRuns.id }).from(executorRuns)).map((r) => r.id).sort()).toEqual(["ended-recently", "still-sleeping"]);
    expect(await db.select().from(executorSteps)).toEqual([]);
  });
});
