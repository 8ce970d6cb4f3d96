import { describe, expect, it } from "vitest";
import { createFakePorts } from "./fake-ports";
import { runWorkflow } from "./interpreter";
import { manualTrigger, testWorkflow } from "./workflow-fixtures";

const perItem = testWorkflow(
  [
    manualTrigger,
    { id: "each", name: "Each order", type: "loop", items: "trigger.orders", body: "price", maxItems: 5 },
    { id: "price", name: "Price", type: "transform", expression: "{ 'id': $item.id, 'index': loop.index, 'total': loop.item.qty * 10 }" },
    { id: "notify", name: "Notify", type: "action", action: "http.request", input: { order: "{{ steps.price.id }}", at: "{{ $index }}" } },
    { id: "summary", name: "Summary", type: "transform", expression: "$count(steps.each)" },
  ],
  [
    "start->each",
    "price->notify",
    { id: "back", source: "notify", target: "each", kind: "loop" },
    { id: "done", source: "each", target: "summary", branch: "done" },
  ],
);

describe("runWorkflow: loops", () => {
  it("runs the body once per item with step ids node:index and collects the outputs", async () => {
    const ports = createFakePorts({ actions: { "http.request": (input) => ({ sent: input }) } });
    const result = await runWorkflow(perItem, { orders: [{ id: "a", qty: 1 }, { id: "b", qty: 2 }, { id: "c", qty: 3 }] }, ports);

    expect(ports.calls.executedSteps).toEqual(["notify:0", "notify:1", "notify:2"]);
    expect(ports.calls.actions.map((call) => call.input)).toEqual([
      { order: "a", at: 0 },
      { order: "b", at: 1 },
      { order: "c", at: 2 },
    ]);
    expect(result.steps.each).toEqual([{ sent: { order: "a", at: 0 } }, { sent: { order: "b", at: 1 } }, { sent: { order: "c", at: 2 } }]);
    expect(result.steps.summary).toBe(3);
    const priceLogs = ports.logs.filter((entry) => entry.nodeId === "price" && entry.status === "finished");
    expect(priceLogs.map((entry) => [entry.stepId, entry.output])).toEqual([
      ["price:0", { id: "a", index: 0, total: 10 }],
      ["price:1", { id: "b", index: 1, total: 20 }],
      ["price:2", { id: "c", index: 2, total: 30 }],
    ]);
    // Body outputs are scoped to their iteration, not leaked into the top-level state.
    expect(result.steps).not.toHaveProperty("price");
  });

  it("replays a loop without re-running any item", async () => {
    const payload = { orders: [{ id: "a", qty: 1 }, { id: "b", qty: 2 }, { id: "c", qty: 3 }] };
    const first = createFakePorts();
    await runWorkflow(perItem, payload, first);
    const replay = createFakePorts({ memo: first.memo });
    await runWorkflow(perItem, payload, replay);
    expect(replay.calls.actions).toHaveLength(0);
  });

  it("fails clearly when the items exceed maxItems", async () => {
    const orders = Array.from({ length: 6 }, (_, index) => ({ id: String(index), qty: 1 }));
    const ports = createFakePorts();
    await expect(runWorkflow(perItem, { orders }, ports)).rejects.toMatchObject({
      nodeId: "each",
      field: "items",
      message: expect.stringMatching(/Node "Each order" \(each\): items gave 6 items, more than maxItems \(5\)/),
    });
    expect(ports.calls.actions).toHaveLength(0);
  });

  it("treats a single value as one item and no match as none", async () => {
    const one = await runWorkflow(perItem, { orders: { id: "solo", qty: 1 } }, createFakePorts());
    expect(one.steps.each).toHaveLength(1);
    const none = await runWorkflow(perItem, {}, createFakePorts());
    expect(none.steps.each).toEqual([]);
    expect(none.steps.summary).toBe(0);
  });

  it("runs nested loops with step ids node:outer:inner and branches inside the body", async () => {
    const definition = testWorkflow(
      [
        manualTrigger,
        { id: "rows", name: "Rows", type: "loop", items: "trigger.grid", body: "cells" },
        { id: "cells", name: "Cells", type: "loop", items: "$item", body: "odd" },
        { id: "odd", name: "Odd?", type: "condition", expression: "$item % 2 = 1" },
        { id: "keep", name: "Keep", type: "action", action: "http.request", input: { value: "{{ $item }}" } },
      ],
      ["start->rows", "odd->keep:true", { id: "back_inner", source: "keep", target: "cells", kind: "loop" }, { id: "back_outer", source: "cells", target: "rows", kind: "loop" }],
    );
    const ports = createFakePorts();
    const result = await runWorkflow(definition, { grid: [[1, 2], [3]] }, ports);
    expect(ports.calls.executedSteps).toEqual(["keep:0:0", "keep:1:0"]);
    expect(ports.logs.filter((entry) => entry.status === "skipped").map((entry) => entry.stepId)).toEqual(["keep:0:1"]);
    // An iteration's output is its last node that ran: the action for odd cells, the condition for even ones.
    expect(result.steps.rows).toEqual([[{ echo: { value: 1 } }, false], [{ echo: { value: 3 } }]]);
  });

  it("lets a stop node inside a body end the whole run", async () => {
    const definition = testWorkflow(
      [
        manualTrigger,
        { id: "each", name: "Each", type: "loop", items: "trigger.items", body: "bad" },
        { id: "bad", name: "Bad?", type: "condition", expression: "$item < 0" },
        { id: "halt", name: "Halt", type: "stop", status: "failed", message: "negative item at {{ $index }}" },
        { id: "after", name: "After", type: "transform", expression: "1" },
      ],
      ["start->each", "bad->halt:true", "each->after"],
    );
    const result = await runWorkflow(definition, { items: [1, -1, 2] }, createFakePorts());
    expect(result).toMatchObject({ status: "failed", error: { nodeId: "halt", message: "negative item at 1" } });
    expect(result.steps).not.toHaveProperty("after");
  });
});
