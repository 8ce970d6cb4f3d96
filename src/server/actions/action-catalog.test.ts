import { describe, expect, it } from "vitest";
import { validateWorkflow, type WorkflowDefinitionInput } from "@/core/workflow";
import { actionCatalog } from "./action-catalog";

type Node = WorkflowDefinitionInput["nodes"][number];

function issuesOf(node: Record<string, unknown>) {
  const nodes: Node[] = [{ id: "start", name: "Start", type: "trigger", trigger: { kind: "manual" } }, { id: "call", name: "Call", type: "action", ...node } as Node];
  const result = validateWorkflow({ version: 1, nodes, edges: [{ id: "e", source: "start", target: "call" }] }, { actionCatalog });
  return result.ok ? [] : result.issues;
}

describe("the server's action catalog", () => {
  it("holds the built-in connectors' actions and event.emit", () => {
    expect(actionCatalog.list().map((a) => a.id)).toEqual(expect.arrayContaining(["http.request", "graphql.query", "event.emit"]));
  });

  it("http.request still validates as before, with or without a connection", () => {
    expect(issuesOf({ action: "http.request", input: { url: "https://api.example.com/items" } })).toEqual([]);
    expect(issuesOf({ action: "http.request", connectionId: "0b6c1c53-0000-4000-8000-000000000000", input: { url: "{{ trigger.url }}" } })).toEqual([]);
    expect(issuesOf({ action: "http.request", input: { url: "not a url" } })).toEqual([expect.objectContaining({ field: "nodes[1].input.url" })]);
  });

  it("validates a SaaS connector's action: its connection is required and its input checked", () => {
    const messages = issuesOf({ action: "github.create_issue", input: { owner: "octo" } }).map((issue) => issue.field);
    expect(messages).toEqual(expect.arrayContaining(["nodes[1].connectionId", "nodes[1].input.repo", "nodes[1].input.title"]));
  });

  it("validates graphql.query against its schema", () => {
    expect(issuesOf({ action: "graphql.query", input: { url: "https://api.example.com/graphql", query: "{ viewer { login } }" } })).toEqual([]);
    expect(issuesOf({ action: "graphql.query", input: { url: "https://api.example.com/graphql" } })).toEqual([expect.objectContaining({ field: "nodes[1].input.query" })]);
    expect(issuesOf({ action: "graphql.mutate", input: {} })).toEqual([expect.objectContaining({ field: "nodes[1].action", message: expect.stringContaining('no action "mutate"') })]);
    expect(issuesOf({ action: "gitlab.create_issue", input: {} })).toEqual([expect.objectContaining({ message: expect.stringContaining('no connector "gitlab"') })]);
  });
});
