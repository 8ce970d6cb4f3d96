import { describe, expect, it } from "vitest";
import { validateWorkflow } from "@/core/workflow/validate";
import { isListedApprover } from "@/core/workflow/validate-approvals";
import { EVENT_EMIT_ACTION, eventEmitInputSchema } from "./event-emit";

const actionCatalog = { get: (id: string) => (id === EVENT_EMIT_ACTION.id ? EVENT_EMIT_ACTION : undefined) };
const manual = { id: "start", name: "Start", type: "trigger", trigger: { kind: "manual" } };

function issuesOf(nodes: unknown[]) {
  const edges = nodes.slice(1).map((node, index) => ({ id: `e${index}`, source: "start", target: (node as { id: string }).id }));
  const result = validateWorkflow({ version: 1, nodes, edges }, { actionCatalog });
  return result.ok ? [] : result.issues;
}

const emit = (input: unknown) => ({ id: "emit", name: "Announce", type: "action", action: "event.emit", input });

describe("event.emit input", () => {
  it("accepts a name and an object of data, and defaults data to {}", () => {
    expect(issuesOf([manual, emit({ event: "order.created", data: { orderId: "o_1", total: 120 } })])).toEqual([]);
    expect(issuesOf([manual, emit({ event: "shop/order.created" })])).toEqual([]);
    expect(eventEmitInputSchema.parse({ event: "order.created" })).toEqual({ event: "order.created", data: {} });
  });

  it("refuses the engine's reserved prefixes, naming the node and the field", () => {
    for (const event of ["workflow/approval", "inngest/function.failed", "Workflow/run.requested"]) {
      const [issue, ...rest] = issuesOf([manual, emit({ event, data: {} })]);
      expect(rest).toEqual([]);
      expect(issue).toMatchObject({ nodeId: "emit", field: "nodes[1].input.event" });
      expect(issue?.message).toContain('Node "Announce" (emit)');
      expect(issue?.message).toMatch(/reserves for its own events/);
    }
  });

  it("refuses names that are empty, too long or contain spaces", () => {
    for (const event of ["", "order created", "x".repeat(129), ".hidden"]) {
      expect(issuesOf([manual, emit({ event })])).toMatchObject([{ nodeId: "emit", field: "nodes[1].input.event" }]);
    }
    expect(issuesOf([manual, emit({ data: {} })])).toMatchObject([{ nodeId: "emit", field: "nodes[1].input.event" }]);
  });

  it("wants data to be a JSON object", () => {
    for (const data of [[1, 2], "text", 3]) {
      const [issue] = issuesOf([manual, emit({ event: "order.created", data })]);
      expect(issue).toMatchObject({ nodeId: "emit", field: "nodes[1].input.data" });
    }
    const huge = { blob: "x".repeat(300 * 1024) };
    expect(issuesOf([manual, emit({ event: "order.created", data: huge })])[0]?.message).toMatch(/larger than 256 KiB/);
  });

  it("leaves templates to run time", () => {
    expect(issuesOf([manual, emit({ event: "order.{{ trigger.kind }}", data: "{{ trigger.order }}" })])).toEqual([]);
    expect(() => eventEmitInputSchema.parse({ event: "workflow/x", data: {} })).toThrow(/reserves/);
  });
});

describe("event triggers and approvals", () => {
  it("flags an event trigger on a reserved name", () => {
    const trigger = { id: "start", name: "On approval", type: "trigger", trigger: { kind: "event", event: "workflow/approval" } };
    expect(issuesOf([trigger])).toMatchObject([{ nodeId: "start", field: "nodes[0].trigger.event", message: expect.stringContaining("reserved") }]);
  });

  it("wants approvers to be email addresses", () => {
    const approval = { id: "ok", name: "Sign-off", type: "wait", wait: { kind: "approval", timeout: "1d", approvers: ["ops@example.com", "Bob"] } };
    expect(issuesOf([manual, approval])).toMatchObject([{ nodeId: "ok", field: "nodes[1].wait.approvers[1]", message: expect.stringContaining('"Bob" is not an email') }]);
  });

  it("matches approvers case-insensitively; no list lets anyone decide", () => {
    expect(isListedApprover(["Ops@Example.com"], "ops@example.com")).toBe(true);
    expect(isListedApprover(["ops@example.com"], "dev@example.com")).toBe(false);
    expect(isListedApprover(undefined, "dev@example.com")).toBe(true);
    expect(isListedApprover([], "dev@example.com")).toBe(true);
  });
});
