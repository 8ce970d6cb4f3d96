import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSteps } from "@/server/db/schema/runs";
import type { DatabaseHandle, Db } from "@/server/db/types";
import type { SignedInUser } from "@/server/services/context";
import { createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { settleRunChanges } from "@/test/run-changes";
import { SseReader } from "@/test/sse-reader";
import { createTestDatabase, testDbKind } from "@/test/test-database";
import { createRunRow } from "@/test/workflow-fixtures";
import { listenForRunChanges, type ListeningRunChangeFeed, type RunChangeFeed, type RunRef } from "./run-change-feed";
import { runEventsResponse } from "./run-events-response";

let handle: DatabaseHandle;
let db: Db;
let listening: ListeningRunChangeFeed;
let feed: RunChangeFeed;
let orgA: SeededOrg;
let orgB: SeededOrg;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  listening = await listenForRunChanges(handle);
  feed = listening.feed;
  orgA = await createOrgWithEveryRole(db, "Stream A");
  orgB = await createOrgWithEveryRole(db, "Stream B");
});
afterAll(async () => {
  await listening?.stop();
  await handle?.close();
});

const COALESCE_MS = 100;

function request(user: SignedInUser | null, orgSlug: string, runId: string, timing = { coalesceMs: COALESCE_MS, heartbeatMs: 60_000 }) {
  const abort = new AbortController();
  const url = `http://localhost/api/orgs/${orgSlug}/runs/${runId}/events`;
  const response = runEventsResponse({
    request: new Request(url, { signal: abort.signal }),
    orgSlug,
    runId,
    context: { db, user },
    changes: feed,
    timing,
  });
  return { response, abort };
}

async function openStream(user: SignedInUser, run: RunRef, timing?: { coalesceMs: number; heartbeatMs: number }) {
  const { response, abort } = request(user, orgA.org.slug, run.runId, timing);
  const res = await response;
  expect(res.status).toBe(200);
  return { res, abort, events: new SseReader(res.body!) };
}

async function runInA(): Promise<RunRef> {
  const { runId } = await createRunRow(db, orgA.org.id, "running");
  await settleRunChanges(db, feed);
  return { orgId: orgA.org.id, runId };
}

async function writeStep(run: RunRef, stepId: string) {
  await db.insert(runSteps).values({ orgId: run.orgId, runId: run.runId, nodeId: stepId, stepId, attempt: 1, status: "running" });
}

/** Resolves once the process's feed has seen a change of `run`: the notification has arrived, whoever it reached. */
function feedSees(run: RunRef): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = feed.subscribe(run, () => {
      unsubscribe();
      resolve();
    });
  });
}

describe(`GET /api/orgs/:orgSlug/runs/:runId/events (${testDbKind})`, () => {
  it("refuses a request without a session: 401, and subscribes nothing", async () => {
    const run = await runInA();
    const res = await request(null, orgA.org.slug, run.runId).response;
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "Please sign in to continue." });
    expect(feed.subscriberCount(run)).toBe(0);
  });

  it("answers 404 to a member of another org, under either org's slug, and for an id that is not a run", async () => {
    const run = await runInA();
    const outsider = orgB.members.owner;

    const underA = await request(outsider, orgA.org.slug, run.runId).response;
    const underB = await request(outsider, orgB.org.slug, run.runId).response;
    const notAnId = await request(orgA.members.owner, orgA.org.slug, "not-a-run").response;

    expect([underA.status, underB.status, notAnId.status]).toEqual([404, 404, 404]);
    expect(await underA.json()).toEqual({ error: "Organization not found." });
    expect(await underB.json()).toEqual({ error: "Run not found." });
    expect(feed.subscriberCount(run)).toBe(0);
  });

  it("streams to a viewer: a change at once, then one after a step of the run is written", async () => {
    const run = await runInA();
    const { res, abort, events } = await openStream(orgA.members.viewer, run);
    expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(res.headers.get("cache-control")).toContain("no-transform");

    expect(await events.next()).toMatchObject({ event: "change", data: JSON.stringify({ runId: run.runId }) });
    await events.expectSilence(COALESCE_MS + 100);
    await writeStep(run, "call");
    expect(await events.next()).toMatchObject({ event: "change", data: JSON.stringify({ runId: run.runId }) });
    abort.abort();
  });

  it("does not deliver another run's changes", async () => {
    const run = await runInA();
    const other = await runInA();
    const { abort, events } = await openStream(orgA.members.owner, run);
    await events.next();

    const seen = feedSees(other);
    await writeStep(other, "elsewhere");
    await seen;
    await events.expectSilence(COALESCE_MS + 200);

    await writeStep(run, "here");
    expect((await events.next()).event).toBe("change");
    abort.abort();
  });

  it("coalesces a burst of writes: at most one change per 100 ms, the last one after the burst", async () => {
    const run = await runInA();
    const { abort, events } = await openStream(orgA.members.editor, run);
    await events.next();

    const arrivals: number[] = [];
    const burstDone = feedSees(run).then(async () => {
      for (let i = 1; i < 8; i++) await writeStep(run, `burst-${i}`);
    });
    await writeStep(run, "burst-0");
    await burstDone;
    const lastWriteAt = performance.now();
    for (;;) {
      try {
        await events.next(COALESCE_MS * 4);
        arrivals.push(performance.now());
      } catch {
        break;
      }
    }

    expect(arrivals.length).toBeGreaterThanOrEqual(1);
    expect(arrivals.length).toBeLessThan(8);
    for (let i = 1; i < arrivals.length; i++) expect(arrivals[i]! - arrivals[i - 1]!).toBeGreaterThanOrEqual(COALESCE_MS - 5);
    // The trailing event comes after the last write, so the client's final read sees the whole burst.
    expect(arrivals.at(-1)!).toBeGreaterThanOrEqual(lastWriteAt - 5);
    abort.abort();
  });

  it("sends a heartbeat comment while nothing changes", async () => {
    const run = await runInA();
    const { abort, events } = await openStream(orgA.members.viewer, run, { coalesceMs: COALESCE_MS, heartbeatMs: 50 });
    await events.next();
    expect(await events.next()).toEqual({ event: "", data: "", comments: ["heartbeat"] });
    abort.abort();
  });

  it("unsubscribes when the client disconnects (request aborted) and ends the stream", async () => {
    const run = await runInA();
    const { abort, events } = await openStream(orgA.members.viewer, run);
    await events.next();
    expect(feed.subscriberCount(run)).toBe(1);

    abort.abort();
    expect(feed.subscriberCount(run)).toBe(0);
    await expect(events.next()).rejects.toThrow("the event stream ended");
  });

  it("unsubscribes when the response body is cancelled", async () => {
    const run = await runInA();
    const { events } = await openStream(orgA.members.viewer, run);
    await events.next();
    expect(feed.subscriberCount(run)).toBe(1);

    await events.cancel();
    expect(feed.subscriberCount(run)).toBe(0);
  });

  it("leaves no subscription behind after a session of opening and closing streams", async () => {
    const run = await runInA();
    // Counted against the feed's state before this session: the process-wide feed also serves the test helpers.
    const before = feed.subscriberCount();
    const streams = await Promise.all([0, 1, 2].map(() => openStream(orgA.members.viewer, run)));
    expect(feed.subscriberCount(run)).toBe(3);
    expect(feed.subscriberCount()).toBe(before + 3);
    for (const stream of streams) stream.abort.abort();
    expect(feed.subscriberCount(run)).toBe(0);
    expect(feed.subscriberCount()).toBe(before);
  });
});
