import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runs, runSteps } from "@/server/db/schema/runs";
import type { DatabaseHandle, Db } from "@/server/db/types";
import { createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { settleRunChanges } from "@/test/run-changes";
import { createTestDatabase, testDbKind } from "@/test/test-database";
import { createRunRow } from "@/test/workflow-fixtures";
import { listenForRunChanges, RUN_CHANGES_CHANNEL, type ListeningRunChangeFeed, type RunChangeFeed, type RunRef } from "./run-change-feed";

let handle: DatabaseHandle;
let db: Db;
let listening: ListeningRunChangeFeed;
let feed: RunChangeFeed;
let org: SeededOrg;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  listening = await listenForRunChanges(handle);
  feed = listening.feed;
  org = await createOrgWithEveryRole(db, "Feed");
});
afterAll(async () => {
  await listening?.stop();
  await handle?.close();
});

/** Counts the changes a run's subscriber sees, and waits for the next one. */
function watch(run: RunRef) {
  let count = 0;
  let waiters: (() => void)[] = [];
  const unsubscribe = feed.subscribe(run, () => {
    count += 1;
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  });
  return {
    get count() {
      return count;
    },
    unsubscribe,
    /** Resolves on the next change after this call; fails the test when none comes within 5 s. */
    next(): Promise<void> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no change notification within 5 s")), 5_000);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

async function newRun() {
  const { runId } = await createRunRow(db, org.org.id, "running");
  await settleRunChanges(db, feed);
  return { orgId: org.org.id, runId };
}

describe(`run change notifications (${testDbKind})`, () => {
  it("notifies a run's subscriber when a step is inserted and when it is updated", async () => {
    const run = await newRun();
    const changes = watch(run);

    const inserted = changes.next();
    const [step] = await db
      .insert(runSteps)
      .values({ orgId: run.orgId, runId: run.runId, nodeId: "call", stepId: "call", attempt: 1, status: "running" })
      .returning({ id: runSteps.id });
    await inserted;

    const updated = changes.next();
    await db.update(runSteps).set({ status: "succeeded", finishedAt: new Date() }).where(eq(runSteps.id, step!.id));
    await updated;
    changes.unsubscribe();
  });

  it("notifies when the run's status changes", async () => {
    const run = await newRun();
    const changes = watch(run);

    const done = changes.next();
    await db.update(runs).set({ status: "succeeded", finishedAt: new Date() }).where(eq(runs.id, run.runId));
    await done;
    changes.unsubscribe();
  });

  it("delivers a change only to that run's subscribers, and nothing after unsubscribing", async () => {
    const watched = await newRun();
    const other = await newRun();
    const watchedChanges = watch(watched);
    const otherChanges = watch(other);

    const otherChanged = otherChanges.next();
    await db.update(runs).set({ status: "failed" }).where(eq(runs.id, other.runId));
    await otherChanged;
    expect(watchedChanges.count).toBe(0);

    watchedChanges.unsubscribe();
    expect(feed.subscriberCount(watched)).toBe(0);
    const otherAgain = otherChanges.next();
    await db.update(runs).set({ status: "running" }).where(eq(runs.id, watched.runId));
    await db.update(runs).set({ status: "succeeded" }).where(eq(runs.id, other.runId));
    await otherAgain;
    expect(watchedChanges.count).toBe(0);
    otherChanges.unsubscribe();
  });

  it("keeps the payload to the org and run ids, whatever the step holds", async () => {
    const run = await newRun();
    const payloads: string[] = [];
    const unlisten = await handle.listen(RUN_CHANGES_CHANNEL, (payload) => payloads.push(payload));
    const changes = watch(run);
    const inserted = changes.next();
    await db.insert(runSteps).values({
      orgId: run.orgId,
      runId: run.runId,
      nodeId: "big",
      stepId: "big",
      attempt: 1,
      status: "succeeded",
      output: { text: "x".repeat(20_000) },
    });
    await inserted;
    await unlisten();

    expect(payloads.map((payload) => JSON.parse(payload) as unknown)).toContainEqual({ orgId: run.orgId, runId: run.runId });
    expect(Math.max(...payloads.map((payload) => payload.length))).toBeLessThan(200);
  });

  it("ignores payloads on the channel that are not run changes", async () => {
    const run = await newRun();
    const changes = watch(run);
    const next = changes.next();
    await db.execute(sql`select pg_notify(${RUN_CHANGES_CHANNEL}, 'not json'), pg_notify(${RUN_CHANGES_CHANNEL}, '{"runId": 1}')`);
    await db.update(runs).set({ status: "waiting" }).where(eq(runs.id, run.runId));
    await next;
    expect(changes.count).toBe(1);
    changes.unsubscribe();
  });

  it.runIf(testDbKind === "postgres")("LISTENs again after the listening connection is dropped, and tells every subscriber to re-read", async () => {
    const run = await newRun();
    const changes = watch(run);

    // The reconnect itself is a change: notifications sent while disconnected are lost.
    const resynced = changes.next();
    const terminated = await db
      .select({ ok: sql<boolean>`pg_terminate_backend(pid)` })
      .from(sql`pg_stat_activity`)
      .where(sql`datname = current_database() and pid <> pg_backend_pid() and query ilike 'listen%'`);
    expect(terminated).toEqual([{ ok: true }]);
    await resynced;

    const afterReconnect = changes.next();
    await db.update(runs).set({ status: "succeeded" }).where(eq(runs.id, run.runId));
    await afterReconnect;
    changes.unsubscribe();
  });
});
