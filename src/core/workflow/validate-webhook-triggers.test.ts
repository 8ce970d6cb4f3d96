import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ActionCatalog } from "./action-catalog";
import { validateWorkflow } from "./validate";

const catalog = (endpoints: string[] | undefined): ActionCatalog => ({
  get: () => ({ label: "Noop", inputSchema: z.unknown() }),
  ...(endpoints ? { hasWebhookEndpoint: (id: string) => endpoints.includes(id) } : {}),
});

function definition(trigger: Record<string, unknown>) {
  return {
    version: 1,
    nodes: [
      { id: "hook", name: "On delivery", type: "trigger", trigger: { kind: "webhook", ...trigger } },
      { id: "echo", name: "Echo", type: "transform", expression: "trigger.body" },
    ],
    edges: [{ id: "e", source: "hook", target: "echo" }],
  };
}

describe("webhook trigger nodes", () => {
  it("must name an endpoint of the org, when they name one", () => {
    expect(validateWorkflow(definition({ endpointId: "wh_mine" }), { actionCatalog: catalog(["wh_mine"]) }).ok).toBe(true);
    expect(validateWorkflow(definition({}), { actionCatalog: catalog(["wh_mine"]) }).ok).toBe(true);
    const foreign = validateWorkflow(definition({ endpointId: "wh_theirs" }), { actionCatalog: catalog(["wh_mine"]) });
    expect(foreign).toEqual({
      ok: false,
      issues: [
        {
          nodeId: "hook",
          field: "nodes[0].trigger.endpointId",
          message: 'Node "On delivery" (hook): there is no webhook endpoint "wh_theirs" in this organization; pick one of its endpoints (Webhooks page) or create one.',
        },
      ],
    });
    // A catalog that cannot tell leaves the id unchecked.
    expect(validateWorkflow(definition({ endpointId: "wh_theirs" }), { actionCatalog: catalog(undefined) }).ok).toBe(true);
  });

  it("check that a filter compiles", () => {
    const result = validateWorkflow(definition({ endpointId: "wh_mine", filter: "body.action = " }), { actionCatalog: catalog(["wh_mine"]) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([expect.objectContaining({ nodeId: "hook", field: "nodes[0].trigger.filter" })]);
  });
});
