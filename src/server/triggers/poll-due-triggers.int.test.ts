import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { connections } from "@/server/db/schema/connections";
import { runs } from "@/server/db/schema/runs";
import { triggerPollItems, triggerPolls } from "@/server/db/schema/trigger-polls";
import { workflows } from "@/server/db/schema/workflows";
import type { DatabaseHandle, Db } from "@/server/db/types";
import { CANARY_SECRET } from "@/test/connection-fixtures";
import { currentEngineGateway } from "@/test/engine-gateway";
import { createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { createTestDatabase } from "@/test/test-database";
import { createFeedPoll, feedConnector, findFeed, pollOf, type FeedItem } from "@/test/trigger-poll-fixtures";
import { POLL_LEASE_MS } from "./claim-due-polls";
import { MAX_POLL_BACKOFF_MS } from "./poll-backoff";
import { pollDueTriggers, type PollDueTriggersOptions } from "./poll-due-triggers";
import { pollItemKey, runIdForPolledItem } from "./poll-item-key";
import { POLL_ITEM_RETENTION_MS, sweepPollItems } from "./sweep-poll-items";

let handle: DatabaseHandle;
let db: Db;
let api: LocalHttpServer;
let seeded: SeededOrg;
let feed: ReturnType<typeof feedConnector>;

/** What the fake API holds; it answers the items created after `?after=`, newest first (all of them when `ignoreCursor`). */
let feedItems: FeedItem[] = [];
let ignoreCursor = false;
let answerDelayMs = 0;
let unauthorized = false;

const ITEM = (n: number): FeedItem => ({ id: `item-${n}`, title: `Item ${n}`, created: 1_000 + n });
const INTERVAL_MS = 5 * 60_000;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  seeded = await createOrgWithEveryRole(db, "Polls");
  api = await startLocalHttpServer();
  api.route("/items", (req, res) => {
    // Echoes the credential in the error, as some APIs do: the outbound client must scrub it before anything keeps it.
    if (unauthorized || req.headers.authorization !== `Bearer ${CANARY_SECRET}`) return sendJson(res, 401, { message: `invalid token ${req.headers.authorization ?? ""}` });
    const after = new URL(req.url ?? "/", "http://x").searchParams.get("after");
    const answer = feedItems.filter((item) => ignoreCursor || after === null || item.created > Number(after)).toSorted((a, b) => b.created - a.created);
    // Each item carries a field the trigger's output schema does not declare: the run's payload leaves it out.
    setTimeout(() => sendJson(res, 200, { items: answer.map((item) => ({ ...item, etag: `W/${item.id}` })) }), answerDelayMs);
  });
  feed = feedConnector(api.base);
}, 60_000);
afterAll(async () => {
  await api?.close();
  await handle?.close();
});
// Every test picks its own `now`; polls left by an earlier test must not be polled in a later one.
beforeEach(async () => {
  await db.delete(triggerPolls).where(sql`true`);
  feedItems = [];
  ignoreCursor = false;
  answerDelayMs = 0;
  unauthorized = false;
  api.requests.length = 0;
});

const T0 = new Date("2030-03-04T10:00:00Z");
const plus = (date: Date, ms: number) => new Date(date.getTime() + ms);
const poll = (now: Date, options: Omit<PollDueTriggersOptions, "now" | "findConnector"> = {}) => pollDueTriggers(db, { now, findConnector: findFeed(feed), ...options });
const runsOf = (workflowId: string) => db.select().from(runs).where(eq(runs.workflowId, workflowId));
const sentRunIds = () => currentEngineGateway().events.map((event) => event.id);
const titlesOf = (rows: { triggerPayload: unknown }[]) => rows.map((row) => (row.triggerPayload as FeedItem).title).sort();

describe("pollDueTriggers", () => {
  it("starts one queued run per new item, oldest first with the item as payload, stores the cursor and sends it next time", async () => {
    const { workflowId, versionId, poll: created } = await createFeedPoll(db, seeded.org.id, feed, { token: CANARY_SECRET, nextPollAt: T0 });
    expect(created).toMatchObject({ triggerId: "feed.new_item", intervalMs: INTERVAL_MS, cursor: null, enabled: true });
    feedItems = [ITEM(1), ITEM(2), ITEM(3)];

    const first = await poll(plus(T0, 1_000));

    expect(first).toMatchObject({ polled: 1, failed: 0, stopped: 0, unsent: 0 });
    expect(first.created).toHaveLength(3);
    expect(api.requests.map((r) => r.url)).toEqual(["/items"]);
    const started = await runsOf(workflowId);
    expect(started).toHaveLength(3);
    for (const run of started) expect(run).toMatchObject({ orgId: seeded.org.id, versionId, status: "queued", triggerKind: "connector" });
    // The payload is the item as the trigger's output schema parses it.
    const byTitle = new Map(started.map((run) => [(run.triggerPayload as FeedItem).title, run]));
    expect(byTitle.get("Item 1")!.triggerPayload).toEqual(ITEM(1));
    // Oldest first: the start events went out in the items' order; each run id derives from (poll, item key).
    const ids = [1, 2, 3].map((n) => runIdForPolledItem(created.id, pollItemKey(`item-${n}`)));
    expect(first.created.map((run) => run.id)).toEqual(ids);
    expect(sentRunIds().filter((id) => id !== undefined && ids.includes(id))).toEqual(ids);
    const after = await pollOf(db, seeded.org.id, workflowId);
    expect(after).toMatchObject({ cursor: "1003", lastError: null, consecutiveFailures: 0, lastPolledAt: plus(T0, 1_000), nextPollAt: plus(T0, 1_000 + INTERVAL_MS) });

    // Not due yet: nothing is asked.
    expect((await poll(plus(T0, 60_000))).polled).toBe(0);
    expect(api.requests).toHaveLength(1);

    feedItems.push(ITEM(4));
    const second = await poll(plus(T0, 1_000 + INTERVAL_MS));
    expect(api.requests.map((r) => r.url)).toEqual(["/items", "/items?after=1003"]);
    expect(second.created).toHaveLength(1);
    expect(titlesOf(await runsOf(workflowId))).toEqual(["Item 1", "Item 2", "Item 3", "Item 4"]);
    expect((await pollOf(db, seeded.org.id, workflowId))?.cursor).toBe("1004");
  });

  it("the first poll takes a baseline: what the API already holds is recorded as seen and starts nothing; the next new item starts a run", async () => {
    const { workflowId } = await createFeedPoll(db, seeded.org.id, feed, { token: CANARY_SECRET, nextPollAt: T0, firstPoll: true });
    // An API that ignores the cursor (answers its most recent items every time), the hard case for a baseline.
    ignoreCursor = true;
    feedItems = [ITEM(1), ITEM(2), ITEM(3)];
    const first = await poll(T0);
    expect(first).toMatchObject({ polled: 1, failed: 0 });
    expect(first.created).toEqual([]);
    expect(await runsOf(workflowId)).toEqual([]);
    expect(await pollOf(db, seeded.org.id, workflowId)).toMatchObject({ cursor: "1003", lastPolledAt: T0, nextPollAt: plus(T0, INTERVAL_MS) });

    feedItems.push(ITEM(4));
    const second = await poll(plus(T0, INTERVAL_MS));
    expect(second.created).toHaveLength(1);
    expect(titlesOf(await runsOf(workflowId))).toEqual(["Item 4"]);
  });

  it("the same items answered again start nothing", async () => {
    const { workflowId } = await createFeedPoll(db, seeded.org.id, feed, { token: CANARY_SECRET, nextPollAt: T0 });
    feedItems = [ITEM(1), ITEM(2)];
    expect((await poll(T0)).created).toHaveLength(2);

    ignoreCursor = true;
    const again = await poll(plus(T0, INTERVAL_MS));
    expect(again).toMatchObject({ polled: 1, created: [] });
    expect(await runsOf(workflowId)).toHaveLength(2);
    expect((await pollOf(db, seeded.org.id, workflowId))?.cursor).toBe("1002");
  });

  it("two concurrent calls — one of them after the other's lease ran out — start each item once", async () => {
    const { workflowId } = await createFeedPoll(db, seeded.org.id, feed, { token: CANARY_SECRET, nextPollAt: T0 });
    feedItems = [ITEM(1), ITEM(2), ITEM(3)];
    answerDelayMs = 150;

    const results = await Promise.all([poll(T0), poll(T0), poll(plus(T0, POLL_LEASE_MS + 1_000))]);

    // The first two split the due poll (one takes it, one finds nothing); the third takes it again once its lease is over.
    expect(api.requests).toHaveLength(2);
    expect(results.flatMap((r) => r.created)).toHaveLength(3);
    const started = await runsOf(workflowId);
    expect(titlesOf(started)).toEqual(["Item 1", "Item 2", "Item 3"]);
    for (const run of started) expect(sentRunIds().filter((id) => id === run.id)).toHaveLength(1);
    const keys = await db.select().from(triggerPollItems).innerJoin(triggerPolls, eq(triggerPolls.id, triggerPollItems.pollId)).where(eq(triggerPolls.workflowId, workflowId));
    expect(keys).toHaveLength(3);
  });

  it(`starts at most the cap per poll (oldest first) and leaves the rest, cursor unmoved, to the next poll`, async () => {
    const { workflowId } = await createFeedPoll(db, seeded.org.id, feed, { token: CANARY_SECRET, nextPollAt: T0 });
    feedItems = [ITEM(1), ITEM(2), ITEM(3)];

    const first = await poll(T0, { maxRunsPerPoll: 2 });
    expect(first.created).toHaveLength(2);
    expect(titlesOf(await runsOf(workflowId))).toEqual(["Item 1", "Item 2"]);
    expect((await pollOf(db, seeded.org.id, workflowId))?.cursor).toBeNull();

    const second = await poll(plus(T0, INTERVAL_MS), { maxRunsPerPoll: 2 });
    expect(second.created).toHaveLength(1);
    expect(titlesOf(await runsOf(workflowId))).toEqual(["Item 1", "Item 2", "Item 3"]);
    expect((await pollOf(db, seeded.org.id, workflowId))?.cursor).toBe("1003");
  });

  it("a 401 records the error without the credential, keeps the cursor and backs off (doubling, at most an hour); success clears it", async () => {
    const { workflowId } = await createFeedPoll(db, seeded.org.id, feed, { token: CANARY_SECRET, nextPollAt: T0 });
    feedItems = [ITEM(1)];
    await poll(T0);
    unauthorized = true;
    feedItems.push(ITEM(2));

    const t1 = plus(T0, INTERVAL_MS);
    expect(await poll(t1)).toMatchObject({ polled: 0, failed: 1, created: [] });
    const failed = await pollOf(db, seeded.org.id, workflowId);
    expect(failed?.lastError).toMatch(/^Feed answered 401: the token was rejected/);
    expect(failed?.lastError).not.toContain(CANARY_SECRET);
    expect(failed).toMatchObject({ consecutiveFailures: 1, cursor: "1001", enabled: true, lastPolledAt: t1, nextPollAt: plus(t1, 2 * INTERVAL_MS) });

    const t2 = plus(t1, 2 * INTERVAL_MS);
    await poll(t2);
    expect(await pollOf(db, seeded.org.id, workflowId)).toMatchObject({ consecutiveFailures: 2, nextPollAt: plus(t2, 4 * INTERVAL_MS) });
    await db.update(triggerPolls).set({ consecutiveFailures: 9 }).where(eq(triggerPolls.workflowId, workflowId));
    const t3 = plus(t2, 4 * INTERVAL_MS);
    await poll(t3);
    expect(await pollOf(db, seeded.org.id, workflowId)).toMatchObject({ consecutiveFailures: 10, nextPollAt: plus(t3, MAX_POLL_BACKOFF_MS) });

    unauthorized = false;
    const t4 = plus(t3, MAX_POLL_BACKOFF_MS);
    expect((await poll(t4)).created).toHaveLength(1);
    expect(await pollOf(db, seeded.org.id, workflowId)).toMatchObject({ consecutiveFailures: 0, lastError: null, cursor: "1002", nextPollAt: plus(t4, INTERVAL_MS) });
  });

  it("a connection waiting to be reconnected fails without calling the API, at the poll's own pace", async () => {
    const { workflowId, connectionId } = await createFeedPoll(db, seeded.org.id, feed, { token: CANARY_SECRET, nextPollAt: T0 });
    await db.update(connections).set({ status: "needs_reauth" }).where(eq(connections.id, connectionId));

    expect(await poll(T0)).toMatchObject({ failed: 1 });
    expect(api.requests).toHaveLength(0);
    expect(await pollOf(db, seeded.org.id, workflowId)).toMatchObject({
      enabled: true,
      consecutiveFailures: 1,
      lastError: "The Feed connection needs to be reconnected (its sign-in expired or was revoked); reconnect it and polling resumes.",
      nextPollAt: plus(T0, INTERVAL_MS),
    });
  });

  it("a deleted connection, or a connector no longer installed, stops the poll with an error", async () => {
    const gone = await createFeedPoll(db, seeded.org.id, feed, { token: CANARY_SECRET, nextPollAt: T0 });
    await db.delete(connections).where(eq(connections.id, gone.connectionId));

    expect(await poll(T0)).toMatchObject({ stopped: 1 });
    expect(await pollOf(db, seeded.org.id, gone.workflowId)).toMatchObject({
      enabled: false,
      lastError: "The Feed connection this trigger polls with was deleted; pick another connection and publish the workflow again.",
    });
    // Stopped: later ticks leave it alone.
    expect(await poll(plus(T0, 24 * 3_600_000))).toMatchObject({ polled: 0, failed: 0, stopped: 0 });

    const uninstalled = await createFeedPoll(db, seeded.org.id, feed, { token: CANARY_SECRET, nextPollAt: T0 });
    expect(await pollDueTriggers(db, { now: T0, findConnector: async () => undefined })).toMatchObject({ stopped: 1 });
    expect((await pollOf(db, seeded.org.id, uninstalled.workflowId))?.lastError).toMatch(/^The connector "feed" is no longer installed/);
    expect(api.requests).toHaveLength(0);
  });

  it("an answer not in the trigger's shape fails the poll naming the problem", async () => {
    const { workflowId } = await createFeedPoll(db, seeded.org.id, feed, { token: CANARY_SECRET, nextPollAt: T0 });
    feedItems = [{ id: "x", title: 7 } as unknown as FeedItem];
    expect(await poll(T0)).toMatchObject({ failed: 1, created: [] });
    expect((await pollOf(db, seeded.org.id, workflowId))?.lastError).toMatch(/^Feed answered, but the "New item" trigger could not read the answer \(items\.0\.title: .*\)/);
    expect(await runsOf(workflowId)).toHaveLength(0);
  });

  it("does not poll for a disabled workflow", async () => {
    const { workflowId } = await createFeedPoll(db, seeded.org.id, feed, { token: CANARY_SECRET, nextPollAt: T0 });
    await db.update(workflows).set({ enabled: false }).where(eq(workflows.id, workflowId));
    expect(await poll(T0)).toMatchObject({ polled: 0, failed: 0 });
    expect(api.requests).toHaveLength(0);
  });
});

describe("sweepPollItems", () => {
  it("forgets keys not seen for 30 days; keys still answered are refreshed and kept", async () => {
    const { workflowId, poll: created } = await createFeedPoll(db, seeded.org.id, feed, { token: CANARY_SECRET, nextPollAt: T0 });
    feedItems = [ITEM(1), ITEM(2)];
    await poll(T0);
    // Item 1 is still answered 20 days later (refreshed then); item 2 no longer is.
    feedItems = [ITEM(1)];
    ignoreCursor = true;
    await db.update(triggerPolls).set({ nextPollAt: T0 }).where(eq(triggerPolls.workflowId, workflowId));
    await poll(plus(T0, 20 * 86_400_000));

    const swept = await sweepPollItems(db, { now: plus(T0, POLL_ITEM_RETENTION_MS + 60_000) });

    expect(swept.deleted).toBe(1);
    const left = await db.select().from(triggerPollItems).where(eq(triggerPollItems.pollId, created.id));
    expect(left.map((row) => row.itemKey)).toEqual([pollItemKey("item-1")]);
    // Were item 2 answered again, its run id is taken while its run is kept: still one run.
    feedItems = [ITEM(2)];
    await db.update(triggerPolls).set({ nextPollAt: T0 }).where(eq(triggerPolls.workflowId, workflowId));
    expect((await poll(plus(T0, POLL_ITEM_RETENTION_MS + 120_000))).created).toEqual([]);
    expect(await db.select().from(runs).where(inArray(runs.workflowId, [workflowId]))).toHaveLength(2);
  });
});
