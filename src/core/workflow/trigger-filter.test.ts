import { describe, expect, it } from "vitest";
import { TriggerNodeSchema } from "./nodes";
import { triggerAccepts } from "./trigger-filter";

const onBigOrder = TriggerNodeSchema.parse({
  id: "start",
  name: "Big order",
  type: "trigger",
  trigger: { kind: "event", event: "shop/order.created", filter: "data.total >= 100" },
});

describe("triggerAccepts", () => {
  it("accepts matching events whose filter is true", async () => {
    expect(await triggerAccepts(onBigOrder, { name: "shop/order.created", data: { total: 150 } })).toBe(true);
    expect(await triggerAccepts(onBigOrder, { name: "shop/order.created", data: { total: 5 } })).toBe(false);
    expect(await triggerAccepts(onBigOrder, { name: "shop/order.deleted", data: { total: 150 } })).toBe(false);
  });

  it("names the trigger when the filter fails", async () => {
    const broken = TriggerNodeSchema.parse({ ...onBigOrder, trigger: { kind: "event", event: "e", filter: "$error('nope')" } });
    await expect(triggerAccepts(broken, { name: "e" })).rejects.toMatchObject({ nodeId: "start", field: "trigger.filter" });
  });
});
