import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runs, runSteps } from "@/server/db/schema/runs";
import type { DatabaseHandle, Db } from "@/server/db/types";
import { insertRun } from "@/server/runs/create-run";
import { enqueueRun } from "@/server/services/runs/enqueue-run";
import { installAsAppDatabase } from "@/test/app-database";
import { startEmbeddedEngine, waitForRun, type EmbeddedEngine } from "@/test/embedded-engine";
import { currentEngineGateway } from "@/test/engine-gateway";
import { callerFor, createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { createTestDatabase } from "@/test/test-database";
import { createPublishedWorkflow } from "@/test/workflow-fixtures";

let handle: DatabaseHandle;
let db: Db;
let engine: EmbeddedEngine;
let seeded: SeededOrg;
let otherOrg: SeededOrg;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  installAsAppDatabase(handle);
  seeded = await createOrgWithEveryRole(db, "Events");
  otherOrg = await createOrgWithEveryRole(db, "Events elsewhere");
  engine = await startEmbeddedEngine(db);
}, 60_000);

afterAll(async () => {
  await engine?.close();
  await handle?.close();
});

function listener(event: string, filter?: string) {
  return {
    version: 1,
    nodes: [
      { id: "trigger", type: "trigger", name: "On event", trigger: { kind: "event", event, ...(filter ? { filter } : {}) } },
      { id: "seen", type: "transform", name: "Seen", expression: '{ "order": trigger.data.orderId, "depth": trigger.depth, "from": trigger.source.id }' },
    ],
    edges: [{ id: "e1", source: "trigger", target: "seen" }],
  };
}

function emitter(event: string, data: unknown, retry?: unknown) {
  return {
    version: 1,
    nodes: [
      { id: "trigger", type: "trigger", name: "Manual", trigger: { kind: "manual" } },
      { id: "emit", type: "action", name: "Announce", action: "event.emit", input: { event, data }, ...(retry ? { retry } : {}) },
    ],
    edges: [{ id: "e1", source: "trigger", target: "emit" }],
  };
}

const runsOf = (workflowId: string) => db.select().from(runs).where(eq(runs.workflowId, workflowId)).orderBy(asc(runs.createdAt));
const stepsOf = (runId: string) => db.select().from(runSteps).where(eq(runSteps.runId, runId)).orderBy(asc(runSteps.startedAt), asc(runSteps.attempt));

describe("event triggers on the embedded executor", () => {
  it("event.emit starts the org's workflows whose filter accepts the event, with the event as trigger", async () => {
    const accepting = await createPublishedWorkflow(db, seeded.org.id, listener("order.created", "data.total >= 100"));
    const refusing = await createPublishedWorkflow(db, seeded.org.id, listener("order.created", "data.total < 10"));
    const elsewhere = await createPublishedWorkflow(db, otherOrg.org.id, listener("order.created"));
    const source = await createPublishedWorkflow(db, seeded.org.id, emitter("order.created", { orderId: "{{ trigger.orderId }}", total: 120 }));

    const { runId } = await callerFor(db, seeded.members.editor).run.start({ orgSlug: seeded.org.slug, workflowId: source.workflowId, payload: { orderId: "o_1" } });
    const emitting = await waitForRun(db, runId);
    expect(emitting.status).toBe("succeeded");
    const [started] = await runsOf(accepting.workflowId);
    expect(emitting.output).toEqual({
      event: "order.created",
      eventId: `${runId}:emit`,
      depth: 1,
      started: [{ runId: started!.id, workflowId: accepting.workflowId, workflowName: expect.any(String) }],
      skipped: [],
    });
    // The step log of the emitting node lists the run it started.
    const emitStep = (await stepsOf(runId)).find((s) => s.nodeId === "emit");
    expect(emitStep).toMatchObject({ status: "succeeded", output: { started: [{ runId: started!.id }] } });

    const received = await waitForRun(db, started!.id);
    expect(received).toMatchObject({
      status: "succeeded",
      triggerKind: "event",
      triggerPayload: { id: `${runId}:emit`, name: "order.created", data: { orderId: "o_1", total: 120 }, depth: 1, source: { type: "run", id: runId } },
      output: { order: "o_1", depth: 1, from: runId },
    });
    expect(await runsOf(refusing.workflowId)).toEqual([]);
    expect(await runsOf(elsewhere.workflowId)).toEqual([]);
  });

  it("a retried emit step does not start a second run", async () => {
    const receiving = await createPublishedWorkflow(db, seeded.org.id, listener("invoice.created"));
    const source = await createPublishedWorkflow(db, seeded.org.id, emitter("invoice.created", { orderId: "inv_1" }, { attempts: 3, baseDelayMs: 50, maxDelayMs: 100 }));
    const emittingRun = await insertRun(db, { orgId: seeded.org.id, workflowId: source.workflowId, triggerKind: "manual", triggerPayload: {} });

    // Between the app and the executor: refuse the first 5 start events of any other run, which is every attempt
    // the SDK makes to send the started run's event during the emit step's first attempt. That attempt fails after
    // the run row was committed; the retry finds the row and only sends its start event.
    const gateway = currentEngineGateway();
    let refusals = 5;
    const flaky = await startFlakyProxy(engine.executor.url, (body) => {
      if (refusals === 0 || !body.includes("workflow/run.requested") || body.includes(emittingRun.id)) return false;
      refusals--;
      return true;
    });
    gateway.forwardTo(flaky.url);
    try {
      await enqueueRun({ id: emittingRun.id, orgId: seeded.org.id });
      const emitting = await waitForRun(db, emittingRun.id, undefined, 30_000);
      expect(emitting.status).toBe("succeeded");
      expect(refusals).toBe(0);
      const attempts = (await stepsOf(emittingRun.id)).filter((s) => s.nodeId === "emit");
      expect(attempts.map((a) => [a.attempt, a.status])).toEqual([
        [1, "failed"],
        [2, "succeeded"],
      ]);
      const started = await runsOf(receiving.workflowId);
      expect(started).toHaveLength(1);
      expect(emitting.output).toMatchObject({ started: [{ runId: started[0]!.id }] });
      expect(await waitForRun(db, started[0]!.id)).toMatchObject({ status: "succeeded", output: { order: "inv_1" } });
    } finally {
      gateway.forwardTo(engine.executor.url);
      await flaky.close();
    }
  }, 40_000);

  it("a workflow that keeps triggering itself stops after 10 hops with an error naming the limit", async () => {
    const looping = await createPublishedWorkflow(db, seeded.org.id, {
      version: 1,
      nodes: [
        { id: "trigger", type: "trigger", name: "On tick", trigger: { kind: "event", event: "loop.tick" } },
        { id: "emit", type: "action", name: "Tick again", action: "event.emit", input: { event: "loop.tick", data: {} } },
      ],
      edges: [{ id: "e1", source: "trigger", target: "emit" }],
    });
    await callerFor(db, seeded.members.editor).run.start({ orgSlug: seeded.org.slug, workflowId: looping.workflowId, payload: {} });
    const deadline = Date.now() + 30_000;
    let chain = await runsOf(looping.workflowId);
    while (!chain.some((run) => run.status === "failed" && run.deadLetteredAt)) {
      if (Date.now() > deadline) throw new Error(`the chain did not stop: ${chain.map((r) => r.status).join(",")}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      chain = await runsOf(looping.workflowId);
    }
    expect(chain).toHaveLength(11);
    const last = chain.find((run) => run.status === "failed")!;
    expect(last.triggerPayload).toMatchObject({ depth: 10 });
    expect(last.error).toMatchObject({ nodeId: "emit", message: expect.stringContaining("chains may be at most 10 hops long") });
    expect(chain.filter((run) => run.status === "succeeded")).toHaveLength(10);
    const attempts = (await stepsOf(last.id)).filter((s) => s.nodeId === "emit");
    expect(attempts).toHaveLength(1);
  }, 40_000);

  it("a loop through a sub-workflow counts its hops too: the sub-workflow inherits the event depth", async () => {
    const child = await createPublishedWorkflow(db, seeded.org.id, {
      version: 1,
      nodes: [
        { id: "trigger", type: "trigger", name: "Called", trigger: { kind: "manual" } },
        { id: "emit", type: "action", name: "Tick again", action: "event.emit", input: { event: "loop.via-child", data: {} } },
      ],
      edges: [{ id: "e1", source: "trigger", target: "emit" }],
    });
    const parent = await createPublishedWorkflow(db, seeded.org.id, {
      version: 1,
      nodes: [
        { id: "trigger", type: "trigger", name: "On tick", trigger: { kind: "event", event: "loop.via-child" } },
        { id: "call", type: "subworkflow", name: "Call child", workflowId: child.workflowId, input: {} },
      ],
      edges: [{ id: "e1", source: "trigger", target: "call" }],
    });
    await callerFor(db, seeded.members.editor).run.start({ orgSlug: seeded.org.slug, workflowId: child.workflowId, payload: {} });
    const deadline = Date.now() + 60_000;
    let children = await runsOf(child.workflowId);
    while (!children.some((run) => run.status === "failed" && run.error?.message.includes("chains may be at most 10 hops long"))) {
      if (Date.now() > deadline) throw new Error(`the chain did not stop: ${children.length} child runs`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      children = await runsOf(child.workflowId);
    }
    // The manual start (depth 0) plus one child per parent run; parents run at depths 1..10.
    const parents = await runsOf(parent.workflowId);
    expect(parents).toHaveLength(10);
    expect(children).toHaveLength(11);
    expect(Math.max(...children.map((run) => run.eventDepth))).toBe(10);
  }, 70_000);

  it("event.emit with an input that does not fit fails the node without retrying", async () => {
    const source = await createPublishedWorkflow(db, seeded.org.id, emitter("{{ trigger.name }}", {}));
    const { runId } = await callerFor(db, seeded.members.editor).run.start({ orgSlug: seeded.org.slug, workflowId: source.workflowId, payload: { name: "workflow/run.requested" } });
    const run = await waitForRun(db, runId);
    expect(run.status).toBe("failed");
    expect(run.error).toMatchObject({ nodeId: "emit", message: expect.stringContaining("reserves for its own events") });
    expect(await db.select().from(runSteps).where(and(eq(runSteps.runId, runId), eq(runSteps.nodeId, "emit")))).toHaveLength(1);
  });
});

/** An HTTP proxy to `upstream` that answers 500 to the event sends `refuse` picks (by request body). */
async function startFlakyProxy(upstream: string, refuse: (body: string) => boolean) {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      if (req.method === "POST" && req.url?.startsWith("/e/") && refuse(body.toString("utf8"))) {
        res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ status: 500, error: "engine briefly unavailable" }));
        return;
      }
      const target = new URL(req.url ?? "/", upstream);
      const proxied = httpRequest(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (upstreamRes) => {
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
        upstreamRes.pipe(res);
      });
      proxied.on("error", () => res.writeHead(502).end());
      proxied.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
