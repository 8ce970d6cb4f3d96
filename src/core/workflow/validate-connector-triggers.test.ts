import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ActionCatalog, TriggerDescription } from "./action-catalog";
import type { WorkflowDefinitionInput } from "./definition";
import { validateWorkflow } from "./validate";

// Two connectors: "feeds" (needs a connection; a polling trigger every 5 minutes and a webhook one) and "public"
// (accepts none; polls every 90 seconds).
const TRIGGERS: Record<string, TriggerDescription> = {
  "feeds.new_item": { label: "New item", kind: "polling", intervalMs: 5 * 60_000, requiresConnection: true },
  "feeds.item_pushed": { label: "Item pushed", kind: "webhook", requiresConnection: true },
  "public.new_post": { label: "New post", kind: "polling", intervalMs: 90_000, requiresConnection: false },
  "feeds.new_row": {
    label: "New row",
    kind: "polling",
    intervalMs: 60_000,
    requiresConnection: true,
    inputSchema: z.object({ sheet: z.string().min(1, "name the sheet"), headerRow: z.number().int().min(1).default(1) }),
  },
};
const catalog: ActionCatalog = {
  get: () => ({ label: "Noop", inputSchema: z.unknown() }),
  hasConnector: (id) => id === "feeds" || id === "public",
  getTrigger: (id) => TRIGGERS[id],
};

type TriggerConfig = Extract<WorkflowDefinitionInput["nodes"][number], { type: "trigger" }>["trigger"];

function issuesOf(trigger: TriggerConfig, options: { catalog?: ActionCatalog } = {}) {
  const result = validateWorkflow(
    {
      version: 1,
      nodes: [
        { id: "start", name: "New item", type: "trigger", trigger },
        { id: "echo", name: "Echo", type: "transform", expression: "trigger" },
      ],
      edges: [{ id: "e", source: "start", target: "echo" }],
    },
    { actionCatalog: options.catalog ?? catalog },
  );
  return result.ok ? [] : result.issues;
}

describe("connector trigger nodes", () => {
  it("check the input a trigger takes, naming each field; refuse input for a trigger that takes none", () => {
    expect(issuesOf({ kind: "connector", trigger: "feeds.new_row", connectionId: "c1", input: { sheet: "Orders" } })).toEqual([]);
    expect(issuesOf({ kind: "connector", trigger: "feeds.new_row", connectionId: "c1", input: { sheet: "", headerRow: 0 } })).toEqual([
      { nodeId: "start", field: "nodes[0].trigger.input.sheet", message: 'Node "New item" (start): "New row" needs input.sheet: name the sheet.' },
      { nodeId: "start", field: "nodes[0].trigger.input.headerRow", message: expect.stringMatching(/^Node "New item" \(start\): "New row" needs input\.headerRow: Too small/) as string },
    ]);
    expect(issuesOf({ kind: "connector", trigger: "feeds.new_row", connectionId: "c1" }).map((i) => i.field)).toEqual(["nodes[0].trigger.input.sheet"]);
    expect(issuesOf({ kind: "connector", trigger: "feeds.new_item", connectionId: "c1", input: { sheet: "x" } })).toEqual([
      { nodeId: "start", field: "nodes[0].trigger.input", message: 'Node "New item" (start): "New item" takes no input; remove trigger.input.' },
    ]);
  });

  it("accept a polling trigger with a connection, at or above its own interval", () => {
    expect(issuesOf({ kind: "connector", trigger: "feeds.new_item", connectionId: "c1" })).toEqual([]);
    expect(issuesOf({ kind: "connector", trigger: "feeds.new_item", connectionId: "c1", intervalMinutes: 5 })).toEqual([]);
    expect(issuesOf({ kind: "connector", trigger: "feeds.new_item", connectionId: "c1", intervalMinutes: 60 })).toEqual([]);
    // A connector that accepts no credentials needs no connection.
    expect(issuesOf({ kind: "connector", trigger: "public.new_post" })).toEqual([]);
  });

  it("name an unknown connector, or an unknown trigger of a known one", () => {
    expect(issuesOf({ kind: "connector", trigger: "nope.new_item", connectionId: "c1" })).toEqual([
      {
        nodeId: "start",
        field: "nodes[0].trigger.trigger",
        message: 'Node "New item" (start): there is no connector "nope" (in "nope.new_item"); pick a trigger of an installed connector.',
      },
    ]);
    expect(issuesOf({ kind: "connector", trigger: "feeds.old_item", connectionId: "c1" })).toEqual([
      { nodeId: "start", field: "nodes[0].trigger.trigger", message: 'Node "New item" (start): the connector "feeds" has no trigger "old_item"; pick one of its triggers.' },
    ]);
  });

  it("refuse a webhook trigger: it arrives through a webhook endpoint, not a poll", () => {
    expect(issuesOf({ kind: "connector", trigger: "feeds.item_pushed", connectionId: "c1" })).toEqual([
      {
        nodeId: "start",
        field: "nodes[0].trigger.trigger",
        message: 'Node "New item" (start): "Item pushed" arrives by webhook; create a webhook endpoint for it (Webhooks page).',
      },
    ]);
  });

  it("need a connection unless the connector accepts none", () => {
    expect(issuesOf({ kind: "connector", trigger: "feeds.new_item" })).toEqual([
      {
        nodeId: "start",
        field: "nodes[0].trigger.connectionId",
        message: 'Node "New item" (start): "New item" needs a connection to poll with; pick one (or create it on the Connections page).',
      },
    ]);
  });

  it("refuse an interval shorter than the trigger's own (rounded up to whole minutes)", () => {
    expect(issuesOf({ kind: "connector", trigger: "feeds.new_item", connectionId: "c1", intervalMinutes: 4 })).toEqual([
      {
        nodeId: "start",
        field: "nodes[0].trigger.intervalMinutes",
        message: 'Node "New item" (start): "New item" may poll at most every 5 minutes; set the interval to 5 or more (or leave it empty).',
      },
    ]);
    expect(issuesOf({ kind: "connector", trigger: "public.new_post", intervalMinutes: 1 })).toEqual([
      expect.objectContaining({ field: "nodes[0].trigger.intervalMinutes", message: expect.stringContaining("at most every 2 minutes") }),
    ]);
    expect(issuesOf({ kind: "connector", trigger: "public.new_post", intervalMinutes: 2 })).toEqual([]);
  });

  it("check the shape: a <connector>.<trigger> name and a whole number of minutes up to a day", () => {
    expect(issuesOf({ kind: "connector", trigger: "new_item", connectionId: "c1" })).toEqual([
      expect.objectContaining({ field: "nodes[0].trigger.trigger", message: expect.stringContaining('"<connector>.<trigger>"') }),
    ]);
    expect(issuesOf({ kind: "connector", trigger: "feeds.new_item", connectionId: "c1", intervalMinutes: 2.5 })).toEqual([expect.objectContaining({ field: "nodes[0].trigger.intervalMinutes" })]);
    expect(issuesOf({ kind: "connector", trigger: "feeds.new_item", connectionId: "c1", intervalMinutes: 24 * 60 + 1 })).toEqual([
      expect.objectContaining({ field: "nodes[0].trigger.intervalMinutes" }),
    ]);
  });

  it("are left unchecked by a catalog that cannot describe triggers", () => {
    const actionsOnly: ActionCatalog = { get: catalog.get, hasConnector: catalog.hasConnector };
    expect(issuesOf({ kind: "connector", trigger: "nope.new_item" }, { catalog: actionsOnly })).toEqual([]);
  });
});
