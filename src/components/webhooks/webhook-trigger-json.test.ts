import { describe, expect, it } from "vitest";
import { TriggerConfigSchema } from "@/core/workflow/nodes";
import { webhookTriggerJson } from "./webhook-trigger-json";

describe("webhookTriggerJson", () => {
  it("is a webhook trigger the definition schema accepts, naming the endpoint", () => {
    const endpointId = "wh_f878hdf4NEeNUGbTf1d3y906c3y7RfT6";
    const parsed: unknown = JSON.parse(webhookTriggerJson(endpointId));
    expect(parsed).toEqual({ kind: "webhook", endpointId });
    expect(TriggerConfigSchema.parse(parsed)).toEqual({ kind: "webhook", endpointId });
  });

  it("stays valid JSON whatever the id holds", () => {
    const odd = 'wh_"quoted"\\';
    expect(JSON.parse(webhookTriggerJson(odd))).toEqual({ kind: "webhook", endpointId: odd });
  });
});
