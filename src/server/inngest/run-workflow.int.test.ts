import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import { serve } from "inngest/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmbeddedExecutor, type EmbeddedExecutor, type ExecutorDb } from "@/executor";
import { notifications, runs, runSteps } from "@/server/db/schema/runs";
import type { DatabaseHandle, Db } from "@/server/db/types";
import { installAsAppDatabase } from "@/test/app-database";
import { currentEngineGateway } from "@/test/engine-gateway";
import { callerFor, createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { createTestDatabase } from "@/test/test-database";
import { createPublishedWorkflow } from "@/test/workflow-fixtures";
import { inngest } from "./client";
import { inngestFunctions } from "./functions";

let handle: DatabaseHandle;
let db: Db;
let executor: EmbeddedExecutor;
let appServer: Server;
let target: Server;
let targetUrl: string;
let seeded: SeededOrg;
const hits = new Map<string, number>();

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  installAsAppDatabase(handle);
  seeded = await createOrgWithEveryRole(db, "Engine");

  // A real API stand-in on loopback: fails the first call of some routes the way real APIs do.
  target = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    if (path === "/flaky" && count === 1) return res.writeHead(503).end("temporarily down");
    if (path === "/limited" && count === 1) return res.writeHead(429, { "retry-after": "1" }).end("slow down");
    if (path === "/bad") return res.writeHead(400, { "content-type": "application/json" }).end('{"error":"missing field title"}');
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ path, count }));
  });
  await new Promise<void>((resolve) => target.listen(0, "127.0.0.1", resolve));
  targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;

  executor = createEmbeddedExecutor({ db: db as unknown as ExecutorDb, pollIntervalMs: 20, delayScale: 0.01, logger: { info() {}, warn() {}, error() {} } });
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
  await new Promise((resolve) => target?.close(resolve));
  await handle?.close();
});

function httpWorkflow(path: string, retry?: unknown) {
  return {
    version: 1,
    nodes: [
      { id: "trigger", type: "trigger", name: "Manual", trigger: { kind: "manual" } },
      { id: "shape", type: "transform", name: "Shape", expression: '{ "title": "Hello " & trigger.name }' },
      {
        id: "call",
        type: "action",
        name: "Call API",
        action: "http.request",
        input: { method: "POST", url: `${targetUrl}${path}`, body: "{{ steps.shape }}", headers: { authorization: "Bearer canary-token-9" } },
        ...(retry ? { retry } : {}),
      },
    ],
    edges: [
      { id: "e1", source: "trigger", target: "shape" },
      { id: "e2", source: "shape", target: "call" },
    ],
  };
}

async function runToEnd(definition: unknown, payload: unknown = { name: "Ada" }) {
  const { workflowId } = await createPublishedWorkflow(db, seeded.org.id, definition);
  const caller = callerFor(db, seeded.members.editor);
  const { runId } = await caller.run.start({ orgSlug: seeded.org.slug, workflowId, payload });
  const deadline = Date.now() + 20_000;
  for (;;) {
    const [row] = await db.select().from(runs).where(eq(runs.id, runId));
    if (row && ["succeeded", "failed", "cancelled"].includes(row.status) && (row.status !== "failed" || row.deadLetteredAt)) return row;
    if (Date.now() > deadline) throw new Error(`run ${runId} did not finish: ${row?.status}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const stepsOf = (runId: string) => db.select().from(runSteps).where(eq(runSteps.runId, runId)).orderBy(runSteps.startedAt, runSteps.attempt);

describe("workflow runs on the embedded executor", () => {
  it("trigger → transform → HTTP action succeeds, with every step logged and the credential redacted", async () => {
    const run = await runToEnd(httpWorkflow("/ok"));
    expect(run.status).toBe("succeeded");
    expect(run.output).toMatchObject({ status: 200, body: { path: "/ok" } });
    const steps = await stepsOf(run.id);
    expect(steps.map((s) => [s.nodeId, s.status])).toEqual([
      ["trigger", "succeeded"],
      ["shape", "succeeded"],
      ["call", "succeeded"],
    ]);
    const call = steps.find((s) => s.nodeId === "call")!;
    expect(call.input).toMatchObject({ body: { title: "Hello Ada" } });
    expect(call.httpCalls).toHaveLength(1);
    expect(JSON.stringify(steps)).not.toContain("canary-token-9");
  });

  it("retries a 503 and succeeds on the second attempt", async () => {
    const run = await runToEnd(httpWorkflow("/flaky", { attempts: 3, baseDelayMs: 50, maxDelayMs: 100 }));
    expect(run.status).toBe("succeeded");
    const attempts = (await stepsOf(run.id)).filter((s) => s.nodeId === "call");
    expect(attempts.map((a) => [a.attempt, a.status])).toEqual([
      [1, "failed"],
      [2, "succeeded"],
    ]);
    expect(attempts[0]!.error?.message).toMatch(/503/);
  });

  it("honours a 429's Retry-After before the next attempt", async () => {
    const run = await runToEnd(httpWorkflow("/limited", "aggressive"));
    expect(run.status).toBe("succeeded");
    const attempts = (await stepsOf(run.id)).filter((s) => s.nodeId === "call");
    expect(attempts).toHaveLength(2);
    // Retry-After: 1 s, scaled by the test executor's delayScale of 0.01 → at least 10 ms between attempts.
    expect(attempts[1]!.startedAt.getTime() - attempts[0]!.finishedAt!.getTime()).toBeGreaterThanOrEqual(5);
  });

  it("a 400 fails at once, lands in the dead-letter list and raises a notification", async () => {
    const run = await runToEnd(httpWorkflow("/bad"));
    expect(run.status).toBe("failed");
    expect(run.deadLetteredAt).not.toBeNull();
    expect(run.error).toMatchObject({ nodeId: "call", message: expect.stringContaining("missing field title") });
    const attempts = (await stepsOf(run.id)).filter((s) => s.nodeId === "call");
    expect(attempts).toHaveLength(1);
    const [note] = await db.select().from(notifications).where(and(eq(notifications.orgId, seeded.org.id), eq(notifications.link, `/o/${seeded.org.slug}/runs/${run.id}`)));
    expect(note?.kind).toBe("run.failed");
  });

  it("re-runs from the failed node reusing the earlier outputs", async () => {
    hits.clear();
    const failing = await runToEnd(httpWorkflow("/bad"));
    const caller = callerFor(db, seeded.members.editor);
    const { runId } = await caller.run.rerunFromNode({ orgSlug: seeded.org.slug, runId: failing.id, nodeId: "call" });
    const deadline = Date.now() + 20_000;
    let row;
    do {
      [row] = await db.select().from(runs).where(eq(runs.id, runId));
      await new Promise((resolve) => setTimeout(resolve, 25));
    } while (row && !row.deadLetteredAt && row.status !== "succeeded" && Date.now() < deadline);
    expect(row?.rerunFromNodeId).toBe("call");
    expect(row?.replayOfRunId).toBe(failing.id);
    expect(hits.get("/bad")).toBe(2);
  });

  it("a sleeping run can be cancelled and stays cancelled", async () => {
    const definition = {
      version: 1,
      nodes: [
        { id: "trigger", type: "trigger", name: "Manual", trigger: { kind: "manual" } },
        { id: "wait", type: "delay", name: "Wait", delay: { mode: "duration", duration: "1h" } },
        { id: "call", type: "action", name: "Call", action: "http.request", input: { url: `${targetUrl}/after-sleep` } },
      ],
      edges: [
        { id: "e1", source: "trigger", target: "wait" },
        { id: "e2", source: "wait", target: "call" },
      ],
    };
    const { workflowId } = await createPublishedWorkflow(db, seeded.org.id, definition);
    const caller = callerFor(db, seeded.members.editor);
    const { runId } = await caller.run.start({ orgSlug: seeded.org.slug, workflowId, payload: {} });
    const deadline = Date.now() + 10_000;
    while ((await db.select().from(runs).where(eq(runs.id, runId)))[0]?.status !== "sleeping") {
      if (Date.now() > deadline) throw new Error("run never slept");
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await caller.run.cancel({ orgSlug: seeded.org.slug, runId });
    const [row] = await db.select().from(runs).where(eq(runs.id, runId));
    expect(row?.status).toBe("cancelled");
    expect(hits.get("/after-sleep")).toBeUndefined();
  });

  it("waits for a matching event and continues with it", async () => {
    const definition = {
      version: 1,
      nodes: [
        { id: "trigger", type: "trigger", name: "Manual", trigger: { kind: "manual" } },
        { id: "paid", type: "wait", name: "Wait for payment", wait: { kind: "event", event: "shop/order.paid", match: "data.orderId", timeout: "1h" } },
        { id: "result", type: "transform", name: "Result", expression: '{ "amount": steps.paid.data.amount }' },
      ],
      edges: [
        { id: "e1", source: "trigger", target: "paid" },
        { id: "e2", source: "paid", target: "result" },
      ],
    };
    const { workflowId } = await createPublishedWorkflow(db, seeded.org.id, definition);
    const caller = callerFor(db, seeded.members.editor);
    const { runId } = await caller.run.start({ orgSlug: seeded.org.slug, workflowId, payload: { data: { orderId: "o-1" } } });
    const statusOf = async () => (await db.select().from(runs).where(eq(runs.id, runId)))[0];
    const deadline = Date.now() + 15_000;
    while ((await statusOf())?.status !== "waiting") {
      if (Date.now() > deadline) throw new Error("run never waited");
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await inngest.send({ name: "shop/order.paid", data: { orderId: "o-2", amount: 1 } });
    await inngest.send({ name: "shop/order.paid", data: { orderId: "o-1", amount: 99 } });
    let row = await statusOf();
    while (row?.status !== "succeeded") {
      if (Date.now() > deadline) throw new Error(`run did not resume: ${row?.status}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
      row = await statusOf();
    }
    expect(row.output).toEqual({ amount: 99 });
  });

  it("runs a sub-workflow and continues with its output", async () => {
    const child = await createPublishedWorkflow(db, seeded.org.id, {
      version: 1,
      nodes: [
        { id: "trigger", type: "trigger", name: "Manual", trigger: { kind: "manual" } },
        { id: "double", type: "transform", name: "Double", expression: "trigger.n * 2" },
      ],
      edges: [{ id: "e1", source: "trigger", target: "double" }],
    });
    const run = await runToEnd(
      {
        version: 1,
        nodes: [
          { id: "trigger", type: "trigger", name: "Manual", trigger: { kind: "manual" } },
          { id: "sub", type: "subworkflow", name: "Double it", workflowId: child.workflowId, input: { n: "{{ trigger.n }}" } },
          { id: "plus", type: "transform", name: "Plus one", expression: "steps.sub + 1" },
        ],
        edges: [
          { id: "e1", source: "trigger", target: "sub" },
          { id: "e2", source: "sub", target: "plus" },
        ],
      },
      { n: 20 },
    );
    expect(run.status).toBe("succeeded");
    expect(run.output).toBe(41);
    const [childRun] = await db.select().from(runs).where(and(eq(runs.workflowId, child.workflowId), eq(runs.orgId, seeded.org.id)));
    expect(childRun).toMatchObject({ status: "succeeded", triggerKind: "subworkflow", output: 40 });
  });
});
