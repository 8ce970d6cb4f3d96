import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { runs } from "@/server/db/schema/runs";
import { workflows } from "@/server/db/schema/workflows";
import { currentEngineGateway } from "@/test/engine-gateway";
import { createOrgWithEveryRole } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { createPublishedWorkflow } from "@/test/workflow-fixtures";
import { dispatchWorkflowEvent } from "./dispatch-workflow-event";

const db = freshTestDatabase();

function listening(event: string, filter?: string) {
  return {
    version: 1,
    nodes: [
      { id: "trigger", type: "trigger", name: "On event", trigger: { kind: "event", event, ...(filter ? { filter } : {}) } },
      { id: "echo", type: "transform", name: "Echo", expression: "trigger.data" },
    ],
    edges: [{ id: "e1", source: "trigger", target: "echo" }],
  };
}

const runsOf = (workflowId: string) => db.select().from(runs).where(eq(runs.workflowId, workflowId));

describe("dispatchWorkflowEvent", () => {
  it("starts one run per listening workflow of the org whose filter accepts the event, and nothing elsewhere", async () => {
    const org = await createOrgWithEveryRole(db, "Dispatch");
    const other = await createOrgWithEveryRole(db, "Other tenant");
    const plain = await createPublishedWorkflow(db, org.org.id, listening("order.created"));
    const big = await createPublishedWorkflow(db, org.org.id, listening("order.created", "data.total >= 100"));
    const small = await createPublishedWorkflow(db, org.org.id, listening("order.created", "data.total < 10"));
    const otherName = await createPublishedWorkflow(db, org.org.id, listening("order.deleted"));
    const otherOrg = await createPublishedWorkflow(db, other.org.id, listening("order.created"));
    const disabled = await createPublishedWorkflow(db, org.org.id, listening("order.created"));
    await db.update(workflows).set({ enabled: false }).where(eq(workflows.id, disabled.workflowId));
    const draftOnly = await db.insert(workflows).values({ orgId: org.org.id, name: "Draft", draft: listening("order.created") }).returning({ id: workflows.id });

    const eventId = `evt-${randomUUID()}`;
    const sent: string[] = [];
    const result = await dispatchWorkflowEvent(
      db,
      { orgId: org.org.id, name: "order.created", data: { orderId: "o_1", total: 120 }, eventId, source: { type: "test", id: "t1" }, depth: 2 },
      { enqueue: async (run) => void sent.push(run.id) },
    );

    expect(result.started.map((s) => s.workflowId).sort()).toEqual([plain.workflowId, big.workflowId].sort());
    expect(result.skipped).toEqual([]);
    expect(sent.sort()).toEqual(result.started.map((s) => s.runId).sort());
    const [run] = await runsOf(big.workflowId);
    expect(run).toMatchObject({
      orgId: org.org.id,
      versionId: big.versionId,
      status: "queued",
      triggerKind: "event",
      triggerPayload: { id: eventId, name: "order.created", data: { orderId: "o_1", total: 120 }, depth: 2, source: { type: "test", id: "t1" } },
    });
    for (const id of [small.workflowId, otherName.workflowId, otherOrg.workflowId, disabled.workflowId, draftOnly[0]!.id]) {
      expect(await runsOf(id)).toEqual([]);
    }
  });

  it("dispatching the same event again starts nothing new and re-sends the same start events", async () => {
    const org = await createOrgWithEveryRole(db, "Idempotent");
    const { workflowId } = await createPublishedWorkflow(db, org.org.id, listening("invoice.paid"));
    const event = { orgId: org.org.id, name: "invoice.paid", data: {}, eventId: `run-x:step-${randomUUID()}`, source: { type: "run", id: "run-x" } };

    const gateway = currentEngineGateway();
    const first = await dispatchWorkflowEvent(db, event);
    const second = await dispatchWorkflowEvent(db, event);

    expect(second.started).toEqual(first.started);
    expect(await runsOf(workflowId)).toHaveLength(1);
    const startEvents = gateway.events.filter((e) => e.name === "workflow/run.requested" && e.id === first.started[0]!.runId);
    expect(startEvents).toHaveLength(2);
    // A different event starts a different run.
    const third = await dispatchWorkflowEvent(db, { ...event, eventId: `${event.eventId}-2` });
    expect(third.started[0]!.runId).not.toBe(first.started[0]!.runId);
    expect(await runsOf(workflowId)).toHaveLength(2);
  });

  it("keeps the runs when sending fails, so a retry sends them", async () => {
    const org = await createOrgWithEveryRole(db, "Send fails");
    const { workflowId } = await createPublishedWorkflow(db, org.org.id, listening("user.signed_up"));
    const event = { orgId: org.org.id, name: "user.signed_up", data: {}, eventId: randomUUID(), source: { type: "test", id: "t" } };
    await expect(
      dispatchWorkflowEvent(db, event, {
        enqueue: async () => {
          throw new Error("engine unreachable");
        },
      }),
    ).rejects.toThrow(/Could not start 1 of 1 runs for event "user.signed_up".*engine unreachable.*dispatching the event again/);
    const sent: string[] = [];
    const retried = await dispatchWorkflowEvent(db, event, { enqueue: async (run) => void sent.push(run.id) });
    expect(sent).toEqual([retried.started[0]!.runId]);
    expect(await runsOf(workflowId)).toHaveLength(1);
  });

  it("skips a workflow whose filter cannot be evaluated, naming it, and still starts the others", async () => {
    const org = await createOrgWithEveryRole(db, "Broken filter");
    const broken = await createPublishedWorkflow(db, org.org.id, listening("ping", "$error('bad filter')"));
    const fine = await createPublishedWorkflow(db, org.org.id, listening("ping"));
    const result = await dispatchWorkflowEvent(db, { orgId: org.org.id, name: "ping", data: {}, eventId: randomUUID(), source: { type: "test", id: "t" } }, { enqueue: async () => {} });
    expect(result.started.map((s) => s.workflowId)).toEqual([fine.workflowId]);
    expect(result.skipped).toMatchObject([{ workflowId: broken.workflowId, reason: expect.stringContaining("trigger.filter") }]);
  });

  it("refuses an event deeper than 10 hops, naming the limit, and starts nothing", async () => {
    const org = await createOrgWithEveryRole(db, "Deep");
    const { workflowId } = await createPublishedWorkflow(db, org.org.id, listening("loop"));
    const base = { orgId: org.org.id, name: "loop", data: {}, source: { type: "test", id: "t" } };
    await expect(dispatchWorkflowEvent(db, { ...base, eventId: randomUUID(), depth: 11 }, { enqueue: async () => {} })).rejects.toThrow(
      /hop 11 of a chain of events, and chains may be at most 10 hops long/,
    );
    expect(await runsOf(workflowId)).toEqual([]);
    const atLimit = await dispatchWorkflowEvent(db, { ...base, eventId: randomUUID(), depth: 10 }, { enqueue: async () => {} });
    expect(atLimit.started).toHaveLength(1);
    expect(await db.select().from(runs).where(and(eq(runs.workflowId, workflowId), eq(runs.orgId, org.org.id)))).toHaveLength(1);
  });
});
