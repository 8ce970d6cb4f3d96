import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createConnectorRegistry, defineAction, defineConnector } from "@/core/connectors";
import type { ActionCatalog } from "./action-catalog";
import type { WorkflowDefinitionInput } from "./definition";
import { validateWorkflow } from "./validate";

// A connector defined with the SDK, its catalog built the way the server builds one from the registry.
const acme = defineConnector({
  id: "acme",
  name: "Acme",
  icon: "box",
  categories: [],
  auth: { type: "bearer" },
  baseUrl: "https://api.acme.test",
  actions: [
    defineAction({
      id: "create_item",
      name: "Create item",
      description: "",
      input: z.object({ title: z.string().min(1), count: z.number().int().min(1), tags: z.array(z.string()).default([]) }),
      output: z.unknown(),
      request: (input) => ({ method: "POST", path: "/items", body: input }),
    }),
  ],
});
const registry = createConnectorRegistry([acme]);
const catalog: ActionCatalog = {
  get(id) {
    const found = registry.findAction(id);
    return found && { label: found.action.name, inputSchema: found.action.input, requiresConnection: !found.connector.connectionOptional };
  },
  hasConnector: (id) => registry.get(id) !== undefined,
};

type Node = WorkflowDefinitionInput["nodes"][number];

function issuesOf(action: Partial<Extract<Node, { type: "action" }>>) {
  const node = { id: "make", name: "Make", type: "action", action: "acme.create_item", connectionId: "c1", input: { title: "t", count: 1 }, ...action } as Node;
  const result = validateWorkflow(
    { version: 1, nodes: [{ id: "start", name: "Start", type: "trigger", trigger: { kind: "manual" } }, node], edges: [{ id: "e", source: "start", target: "make" }] },
    { actionCatalog: catalog },
  );
  return result.ok ? [] : result.issues;
}

describe("connector actions in a workflow", () => {
  it("accepts a valid input, and templates where a string or a number is expected", () => {
    expect(issuesOf({})).toEqual([]);
    expect(issuesOf({ input: { title: "{{ trigger.title }}", count: "{{ trigger.count }}" } })).toEqual([]);
  });

  it("names the node and field of input that does not fit the schema", () => {
    expect(issuesOf({ input: { title: "", count: 0, tags: [1] } })).toEqual([
      expect.objectContaining({ nodeId: "make", field: "nodes[1].input.title", message: expect.stringContaining('Node "Make" (make)') }),
      expect.objectContaining({ field: "nodes[1].input.count" }),
      expect.objectContaining({ field: "nodes[1].input.tags[0]" }),
    ]);
    expect(issuesOf({ input: { count: 2 } })).toEqual([expect.objectContaining({ field: "nodes[1].input.title" })]);
  });

  it("tells an unknown connector from an unknown action", () => {
    expect(issuesOf({ action: "nope.create_item" })).toEqual([{ nodeId: "make", field: "nodes[1].action", message: expect.stringContaining('there is no connector "nope"') }]);
    expect(issuesOf({ action: "acme.delete_item" })).toEqual([{ nodeId: "make", field: "nodes[1].action", message: expect.stringContaining('has no action "delete_item"') }]);
  });

  it("asks for a connection when the connector cannot run without one", () => {
    expect(issuesOf({ connectionId: undefined })).toEqual([{ nodeId: "make", field: "nodes[1].connectionId", message: expect.stringContaining("needs a connection") }]);
  });
});
