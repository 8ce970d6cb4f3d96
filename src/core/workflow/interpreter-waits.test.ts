import { describe, expect, it } from "vitest";
import { createFakePorts } from "./fake-ports";
import { runWorkflow } from "./interpreter";
import { APPROVAL_EVENT } from "./ports";
import { manualTrigger, testWorkflow } from "./workflow-fixtures";

describe("runWorkflow: delays", () => {
  it("sleeps for a duration, in shorthand or ISO 8601", async () => {
    const definition = testWorkflow(
      [
        manualTrigger,
        { id: "short", name: "Short", type: "delay", delay: { mode: "duration", duration: "5m" } },
        { id: "iso", name: "ISO", type: "delay", delay: { mode: "duration", duration: "PT1H30M" } },
      ],
      ["start->short", "short->iso"],
    );
    const ports = createFakePorts();
    await runWorkflow(definition, {}, ports);
    expect(ports.calls.sleeps).toEqual([
      { stepId: "short", durationMs: 300_000 },
      { stepId: "iso", durationMs: 5_400_000 },
    ]);
  });

  it("sleeps until the date an expression gives", async () => {
    const definition = testWorkflow(
      [manualTrigger, { id: "later", name: "Later", type: "delay", delay: { mode: "until", at: "trigger.remindAt" } }],
      ["start->later"],
    );
    const ports = createFakePorts();
    const result = await runWorkflow(definition, { remindAt: "2031-02-03T04:05:06Z" }, ports);
    expect(ports.calls.sleepUntils).toEqual([{ stepId: "later", at: new Date("2031-02-03T04:05:06Z") }]);
    expect(result.steps.later).toEqual({ until: "2031-02-03T04:05:06.000Z" });
  });

  it("names the node when the date is not a date", async () => {
    const definition = testWorkflow(
      [manualTrigger, { id: "later", name: "Later", type: "delay", delay: { mode: "until", at: "trigger.remindAt" } }],
      ["start->later"],
    );
    await expect(runWorkflow(definition, { remindAt: "next tuesday" }, createFakePorts())).rejects.toMatchObject({ nodeId: "later", field: "delay.at" });
  });
});

describe("runWorkflow: waits", () => {
  const waitForPayment = testWorkflow(
    [
      manualTrigger,
      { id: "paid", name: "Paid", type: "wait", wait: { kind: "event", event: "stripe/payment.succeeded", match: "data.orderId", timeout: "1d" } },
      { id: "got_it", name: "Got it?", type: "condition", expression: "steps.paid != null" },
      { id: "ship", name: "Ship", type: "action", action: "shop.ship", input: { amount: "{{ steps.paid.data.amount }}" } },
    ],
    ["start->paid", "paid->got_it", "got_it->ship:true"],
  );

  it("waits for an event matched on the trigger's field and hands it on", async () => {
    const event = { name: "stripe/payment.succeeded", data: { orderId: "o_1", amount: 42 } };
    const ports = createFakePorts({ events: () => event });
    const result = await runWorkflow(waitForPayment, { data: { orderId: "o_1" } }, ports);
    expect(ports.calls.waits).toEqual([
      { stepId: "paid", options: { event: "stripe/payment.succeeded", match: { field: "data.orderId", value: "o_1" }, timeoutMs: 86_400_000 } },
    ]);
    expect(result.steps.paid).toEqual(event);
    expect(ports.calls.actions[0]?.input).toEqual({ amount: 42 });
  });

  it("outputs null when the wait times out", async () => {
    const ports = createFakePorts();
    const result = await runWorkflow(waitForPayment, { data: { orderId: "o_1" } }, ports);
    expect(result.steps.paid).toBeNull();
    expect(result.steps.got_it).toBe(false);
    expect(ports.calls.actions).toHaveLength(0);
  });

  it("fails by name when the trigger lacks the field to match on", async () => {
    await expect(runWorkflow(waitForPayment, { data: {} }, createFakePorts())).rejects.toMatchObject({ nodeId: "paid", field: "wait.match" });
  });

  it("waits for an approval event matched on an approval id minted once", async () => {
    const definition = testWorkflow(
      [
        manualTrigger,
        { id: "approve", name: "Approve", type: "wait", wait: { kind: "approval", timeout: "2d", approvers: ["ops@example.com"] } },
        { id: "approved", name: "Approved?", type: "condition", expression: "steps.approve.data.approved = true" },
      ],
      ["start->approve", "approve->approved"],
    );
    let loggedBeforeWaiting = false;
    const ports = createFakePorts({
      events: (_stepId, options) => {
        loggedBeforeWaiting = ports.logs.some((entry) => entry.status === "started" && (entry.input as { approvalId?: unknown })?.approvalId === options.match?.value);
        return { name: options.event, data: { approvalId: options.match?.value, approved: true } };
      },
    });
    const result = await runWorkflow(definition, {}, ports);
    const [wait] = ports.calls.waits;
    expect(wait?.options.event).toBe(APPROVAL_EVENT);
    expect(wait?.options.match?.field).toBe("data.approvalId");
    expect(wait?.options.match?.value).toMatch(/^[0-9a-f-]{36}$/);
    expect(wait?.options.timeoutMs).toBe(172_800_000);
    expect(result.steps.approved).toBe(true);
    const finished = ports.logs.find((entry) => entry.nodeId === "approve" && entry.status === "finished");
    expect(finished?.input).toEqual({ approvalId: wait?.options.match?.value, approvers: ["ops@example.com"], timeoutMs: 172_800_000 });
    // The "started" entry already carries the approval id, so whoever decides can find it while the run waits.
    const started = ports.logs.filter((entry) => entry.nodeId === "approve" && entry.status === "started");
    expect(started).toHaveLength(1);
    expect(started[0]?.input).toEqual(finished?.input);
    expect(loggedBeforeWaiting).toBe(true);

    // On replay the same approval id comes back from the memo.
    const replay = createFakePorts({ memo: ports.memo });
    await runWorkflow(definition, {}, replay);
    expect(replay.calls.waits).toHaveLength(0);
    expect(replay.memo.get("approve:approval")).toBe(wait?.options.match?.value);
  });
});

describe("runWorkflow: sub-workflows", () => {
  it("invokes the sub-workflow with its rendered input and uses its result", async () => {
    const definition = testWorkflow(
      [
        manualTrigger,
        { id: "enrich", name: "Enrich", type: "subworkflow", workflowId: "wf_enrich", input: { email: "{{ trigger.email }}", tags: ["a", "{{ trigger.tag }}"] } },
        { id: "use", name: "Use", type: "transform", expression: "steps.enrich.company" },
      ],
      ["start->enrich", "enrich->use"],
    );
    const ports = createFakePorts({ invoke: (workflowId, input) => ({ company: "Acme", workflowId, input }) });
    const result = await runWorkflow(definition, { email: "ada@acme.test", tag: "vip" }, ports);
    expect(ports.calls.invokes).toEqual([{ stepId: "enrich", workflowId: "wf_enrich", input: { email: "ada@acme.test", tags: ["a", "vip"] } }]);
    expect(result.output).toBe("Acme");
  });
});
