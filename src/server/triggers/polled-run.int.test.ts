import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSteps } from "@/server/db/schema/runs";
import type { DatabaseHandle, Db } from "@/server/db/types";
import { installAsAppDatabase } from "@/test/app-database";
import { CANARY_SECRET } from "@/test/connection-fixtures";
import { startEmbeddedEngine, waitForRun, type EmbeddedEngine } from "@/test/embedded-engine";
import { createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { createTestDatabase } from "@/test/test-database";
import { createFeedPoll, feedConnector, findFeed } from "@/test/trigger-poll-fixtures";
import { pollDueTriggers } from "./poll-due-triggers";

let handle: DatabaseHandle;
let db: Db;
let engine: EmbeddedEngine;
let api: LocalHttpServer;
let seeded: SeededOrg;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  installAsAppDatabase(handle);
  seeded = await createOrgWithEveryRole(db, "Polled runs");
  api = await startLocalHttpServer();
  api.route("/items", (req, res) => {
    if (req.headers.authorization !== `Bearer ${CANARY_SECRET}`) return sendJson(res, 401, { message: "bad token" });
    sendJson(res, 200, { items: [{ id: "b", title: "Second", created: 2 }, { id: "a", title: "First", created: 1 }] });
  });
  engine = await startEmbeddedEngine(db);
}, 60_000);

afterAll(async () => {
  await engine?.close();
  await api?.close();
  await handle?.close();
});

describe("a run started by a poll", () => {
  it("runs on the embedded engine to success with the item as its trigger payload", async () => {
    const feed = feedConnector(api.base);
    const { workflowId } = await createFeedPoll(db, seeded.org.id, feed, { token: CANARY_SECRET });

    const result = await pollDueTriggers(db, { findConnector: findFeed(feed) });

    expect(result).toMatchObject({ polled: 1, unsent: 0 });
    expect(result.created).toHaveLength(2);
    const [first, second] = await Promise.all(result.created.map((run) => waitForRun(db, run.id)));
    expect(first).toMatchObject({ workflowId, status: "succeeded", triggerKind: "connector", triggerPayload: { id: "a", title: "First", created: 1 }, output: "got First" });
    expect(second).toMatchObject({ status: "succeeded", output: "got Second" });
    const steps = await db.select().from(runSteps).where(eq(runSteps.runId, first!.id));
    expect(steps.find((step) => step.nodeId === "trigger")).toMatchObject({ status: "succeeded", output: { id: "a", title: "First", created: 1 } });
  });
});
