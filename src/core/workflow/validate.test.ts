import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ActionCatalog } from "./action-catalog";
import type { WorkflowDefinitionInput } from "./definition";
import { type ValidationIssue } from "./validation-issue";
import { validateWorkflow } from "./validate";

const catalog: ActionCatalog = {
  get: (id) =>
    id === "http.request"
      ? {
          label: "HTTP request",
          inputSchema: z.object({
            url: z.url(),
            method: z.enum(["GET", "POST"]).default("GET"),
            timeoutMs: z.number().int().optional(),
            headers: z.record(z.string(), z.string()).optional(),
          }),
        }
      : undefined,
};

type Nodes = WorkflowDefinitionInput["nodes"];
type Edges = WorkflowDefinitionInput["edges"];

const trigger: Nodes[number] = { id: "start", name: "Start", type: "trigger", trigger: { kind: "manual" } };
const fetchNode: Nodes[number] = { id: "fetch", name: "Fetch", type: "action", action: "http.request", input: { url: "https://api.example.com" } };

function edges(...pairs: string[]): Edges {
  return pairs.map((pair, index) => {
    const [source = "", rest = ""] = pair.split("->");
    const [target = "", branch] = rest.split(":");
    return { id: `e${index}`, source, target, ...(branch ? { branch } : {}) };
  });
}

function issuesOf(nodes: Nodes, edgeList: Edges, options: { workflowExists?: (id: string) => boolean } = {}): ValidationIssue[] {
  const result = validateWorkflow({ version: 1, nodes, edges: edgeList }, { actionCatalog: catalog, ...options });
  return result.ok ? [] : result.issues;
}

describe("validateWorkflow", () => {
  it("accepts a well-formed workflow and returns it with defaults filled in", () => {
    const result = validateWorkflow(
      {
        version: 1,
        nodes: [
          trigger,
          { id: "each", name: "Each", type: "loop", items: "trigger.items", body: "call" },
          { id: "call", name: "Call", type: "action", action: "http.request", input: { url: "{{ $item.url }}", timeoutMs: "{{ trigger.timeout }}" } },
        ],
        edges: [...edges("start->each"), { id: "back", source: "call", target: "each", kind: "loop" }],
      },
      { actionCatalog: catalog },
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.definition.nodes[1]).toMatchObject({ maxItems: 100 });
  });

  describe("shape", () => {
    it("names the node and field of a zod error", () => {
      const issues = issuesOf([trigger, { id: "calc", name: "Calc", type: "transform", expression: 42 } as unknown as Nodes[number]], edges("start->calc"));
      expect(issues).toEqual([expect.objectContaining({ nodeId: "calc", field: "nodes[1].expression", message: expect.stringContaining('Node "Calc" (calc): expression:') })]);
    });

    it("explains an unknown node type", () => {
      const issues = issuesOf([trigger, { id: "x", name: "X", type: "teleport" } as unknown as Nodes[number]], []);
      expect(issues[0]).toMatchObject({ nodeId: "x", field: "nodes[1].type" });
      expect(issues[0]?.message).toMatch(/unknown node type; use one of trigger, action, transform/);
    });

    it("rejects ids that would not work in expressions", () => {
      const issues = issuesOf([trigger, { ...fetchNode, id: "fetch-user" }], edges("start->fetch-user"));
      expect(issues[0]).toMatchObject({ nodeId: "fetch-user", field: "nodes[1].id" });
      expect(issues[0]?.message).toMatch(/hyphens would break/);
    });

    it("rejects maxItems above 1000 and bad durations", () => {
      const issues = issuesOf(
        [
          trigger,
          { id: "each", name: "Each", type: "loop", items: "[]", body: "fetch", maxItems: 5000 },
          { id: "nap", name: "Nap", type: "delay", delay: { mode: "duration", duration: "5 parsecs" } },
          fetchNode,
        ],
        [],
      );
      expect(issues.map((issue) => issue.field)).toEqual(["nodes[1].maxItems", "nodes[2].delay.duration"]);
      expect(issues[1]?.message).toMatch(/like "30s", "5m"/);
    });

    it("checks cron patterns and time zones", () => {
      const issues = issuesOf(
        [
          { id: "tick", name: "Tick", type: "trigger", trigger: { kind: "schedule", cron: "61 * * * *", timezone: "Mars/Olympus" } },
          { id: "tock", name: "Tock", type: "trigger", trigger: { kind: "schedule", cron: "0 0 9 * * *", timezone: "UTC" } },
        ],
        [],
      );
      expect(issues.map((issue) => [issue.nodeId, issue.field])).toEqual([
        ["tick", "nodes[0].trigger.cron"],
        ["tick", "nodes[0].trigger.timezone"],
        ["tock", "nodes[1].trigger.cron"],
      ]);
      expect(issues[0]?.message).toMatch(/Invalid value for minute/);
      expect(issues[1]?.message).toMatch(/"Mars\/Olympus" is not a known IANA time zone/);
      expect(issues[2]?.message).toMatch(/exactly five fields/);
    });

    it("checks the workflow time zone setting", () => {
      const result = validateWorkflow({ version: 1, nodes: [trigger], edges: [], settings: { timezone: "Nowhere/City" } }, { actionCatalog: catalog });
      expect(result.ok ? [] : result.issues.map((issue) => issue.field)).toEqual(["settings.timezone"]);
    });
  });

  describe("graph", () => {
    it("requires a trigger", () => {
      expect(issuesOf([fetchNode], [])).toContainEqual(expect.objectContaining({ field: "nodes", message: expect.stringMatching(/no trigger/) }));
    });

    it("allows exactly one trigger", () => {
      const second = { ...trigger, id: "again", name: "Again" };
      expect(issuesOf([trigger, second], [])).toContainEqual(expect.objectContaining({ nodeId: "again", message: expect.stringMatching(/second trigger/) }));
    });

    it("requires unique node ids", () => {
      expect(issuesOf([trigger, fetchNode, fetchNode], edges("start->fetch"))).toContainEqual(
        expect.objectContaining({ nodeId: "fetch", field: "nodes[2].id", message: expect.stringMatching(/already uses the id "fetch"/) }),
      );
    });

    it("requires edges to point at existing nodes", () => {
      expect(issuesOf([trigger, fetchNode], edges("start->fetch", "fetch->ghost"))).toContainEqual(
        expect.objectContaining({ edgeId: "e1", field: "edges[1].target", message: expect.stringMatching(/"ghost" is not a node/) }),
      );
    });

    it("requires every node to be reachable from the trigger", () => {
      expect(issuesOf([trigger, fetchNode], [])).toEqual([expect.objectContaining({ nodeId: "fetch", message: expect.stringMatching(/cannot be reached from the trigger/) })]);
    });

    it("rejects cycles that do not go through a loop edge", () => {
      const nodes: Nodes = [trigger, fetchNode, { id: "again", name: "Again", type: "transform", expression: "1" }];
      expect(issuesOf(nodes, edges("start->fetch", "fetch->again", "again->fetch"))).toContainEqual(
        expect.objectContaining({ field: "edges", message: expect.stringMatching(/"fetch", "again" form a cycle.*kind "loop"/) }),
      );
    });

    it("forbids edges into the trigger and out of a stop node", () => {
      const nodes: Nodes = [trigger, { id: "halt", name: "Halt", type: "stop", status: "succeeded" }, fetchNode];
      const issues = issuesOf(nodes, edges("start->halt", "halt->fetch", "fetch->start"));
      expect(issues).toContainEqual(expect.objectContaining({ nodeId: "halt", message: expect.stringMatching(/leaves a stop node/) }));
      expect(issues).toContainEqual(expect.objectContaining({ nodeId: "start", message: expect.stringMatching(/trigger and cannot have incoming edges/) }));
    });
  });

  describe("branches", () => {
    const condition: Nodes[number] = { id: "check", name: "Check", type: "condition", expression: "trigger.ok" };
    const a: Nodes[number] = { id: "a", name: "A", type: "transform", expression: "1" };
    const b: Nodes[number] = { id: "b", name: "B", type: "transform", expression: "2" };

    it("gives a condition at most one true and one false edge", () => {
      expect(issuesOf([trigger, condition, a, b], edges("start->check", "check->a:true", "check->b:true"))).toEqual([
        expect.objectContaining({ nodeId: "check", edgeId: "e2", field: "edges[2].branch", message: expect.stringMatching(/second edge on branch "true"/) }),
      ]);
    });

    it("requires a condition's edges to say which branch they are", () => {
      expect(issuesOf([trigger, condition, a], edges("start->check", "check->a"))).toEqual([
        expect.objectContaining({ edgeId: "e1", message: expect.stringMatching(/needs a branch: one of "true", "false"/) }),
      ]);
    });

    it("rejects switch branches that name no case, duplicate case ids, and branches on plain nodes", () => {
      const route: Nodes[number] = {
        id: "route",
        name: "Route",
        type: "switch",
        cases: [
          { id: "eu", expression: "true" },
          { id: "eu", expression: "false" },
        ],
      };
      const issues = issuesOf([trigger, route, a, b], edges("start->route", "route->a:apac", "route->b:default", "a->b:true"));
      expect(issues).toContainEqual(expect.objectContaining({ edgeId: "e1", message: expect.stringMatching(/branch "apac", which this switch does not have; use one of "eu", "eu", "default"/) }));
      expect(issues).toContainEqual(expect.objectContaining({ field: "nodes[1].cases[1].id", message: expect.stringMatching(/two cases use the id "eu"/) }));
      expect(issues).toContainEqual(expect.objectContaining({ edgeId: "e3", message: expect.stringMatching(/a transform node has no branches/) }));
    });
  });

  describe("loops", () => {
    const loop: Nodes[number] = { id: "each", name: "Each", type: "loop", items: "trigger.items", body: "fetch" };

    it("requires the body to name an existing node", () => {
      expect(issuesOf([trigger, { ...loop, body: "nowhere" }], edges("start->each"))).toContainEqual(
        expect.objectContaining({ nodeId: "each", field: "nodes[1].body", message: expect.stringMatching(/"nowhere" is not a node/) }),
      );
    });

    it("keeps the body closed: no edge enters it from outside, and the loop does not draw an edge to it", () => {
      const after: Nodes[number] = { id: "after", name: "After", type: "transform", expression: "1" };
      const issues = issuesOf([trigger, loop, fetchNode, after], edges("start->each", "each->fetch", "each->after:done", "after->fetch"));
      expect(issues).toContainEqual(expect.objectContaining({ nodeId: "fetch", edgeId: "e1", message: expect.stringMatching(/linked by the loop's `body` field/) }));
      expect(issues).toContainEqual(expect.objectContaining({ nodeId: "fetch", edgeId: "e3", message: expect.stringMatching(/enters it from "after", outside the loop/) }));
    });

    it("only lets loop edges close a body onto its own loop", () => {
      const stray: Nodes[number] = { id: "stray", name: "Stray", type: "transform", expression: "1" };
      const issues = issuesOf(
        [trigger, loop, fetchNode, stray],
        [...edges("start->each", "start->stray"), { id: "bad_back", source: "stray", target: "each", kind: "loop" }, { id: "not_loop", source: "fetch", target: "stray", kind: "loop" }],
      );
      expect(issues).toContainEqual(expect.objectContaining({ edgeId: "bad_back", message: expect.stringMatching(/not in that loop's body/) }));
      expect(issues).toContainEqual(expect.objectContaining({ edgeId: "not_loop", message: expect.stringMatching(/target "stray" is not a loop node/) }));
    });

    it("reports a body that flows back into its loop without a loop edge as a cycle", () => {
      expect(issuesOf([trigger, loop, fetchNode], edges("start->each", "fetch->each"))).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/form a cycle/) }));
    });
  });

  describe("expressions and templates", () => {
    it("names the node, field and JSONata position of an expression that does not compile", () => {
      const issues = issuesOf([trigger, { id: "calc", name: "Calc", type: "transform", expression: "trigger.a +" }], edges("start->calc"));
      expect(issues).toEqual([expect.objectContaining({ nodeId: "calc", field: "nodes[1].expression" })]);
      expect(issues[0]?.message).toMatch(/Node "Calc" \(calc\): expression does not compile: .*syntax error at position \d+/);
    });

    it("checks switch cases, loop items, delay dates and event filters", () => {
      const issues = issuesOf(
        [
          { id: "start", name: "Start", type: "trigger", trigger: { kind: "event", event: "order/created", filter: "data.total >" } },
          { id: "route", name: "Route", type: "switch", cases: [{ id: "x", expression: "(((" }] },
          { id: "each", name: "Each", type: "loop", items: "[1,2", body: "nap" },
          { id: "nap", name: "Nap", type: "delay", delay: { mode: "until", at: "$now(" } },
        ],
        edges("start->route", "route->each:x"),
      );
      expect(issues.map((issue) => issue.field)).toEqual(["nodes[0].trigger.filter", "nodes[1].cases[0].expression", "nodes[2].items", "nodes[3].delay.at"]);
    });

    it("checks templates inside action inputs and stop messages, with their JSON path", () => {
      const issues = issuesOf(
        [
          trigger,
          { ...fetchNode, input: { url: "https://x.test/{{ trigger.id", headers: { "x-trace": "{{ )( }}" } } },
          { id: "halt", name: "Halt", type: "stop", status: "failed", message: "failed: {{ 1 + }}" },
        ],
        edges("start->fetch", "fetch->halt"),
      );
      expect(issues.map((issue) => issue.field)).toEqual(["nodes[1].input.url", 'nodes[1].input.headers["x-trace"]', "nodes[2].message"]);
      expect(issues[0]?.message).toMatch(/never closes it; add "}}"/);
    });
  });

  describe("actions", () => {
    it("requires the action to exist in the catalog", () => {
      expect(issuesOf([trigger, { ...fetchNode, action: "slack.post" }], edges("start->fetch"))).toEqual([
        expect.objectContaining({ nodeId: "fetch", field: "nodes[1].action", message: expect.stringMatching(/no action "slack.post"/) }),
      ]);
    });

    it("checks the input against the action schema but accepts templates where values are expected", () => {
      const issues = issuesOf(
        [trigger, { ...fetchNode, input: { url: "not a url", method: "PATCH", timeoutMs: "{{ trigger.timeout }}", headers: "{{ trigger.headers }}" } }],
        edges("start->fetch"),
      );
      expect(issues.map((issue) => issue.field)).toEqual(["nodes[1].input.url", "nodes[1].input.method"]);
      expect(issues[0]?.message).toMatch(/Node "Fetch" \(fetch\): input.url does not fit "HTTP request"/);
    });

    it("reports missing required input fields", () => {
      expect(issuesOf([trigger, { ...fetchNode, input: {} }], edges("start->fetch"))).toEqual([expect.objectContaining({ field: "nodes[1].input.url" })]);
    });
  });

  it("checks sub-workflow references through the optional port", () => {
    const nodes: Nodes = [trigger, { id: "sub", name: "Sub", type: "subworkflow", workflowId: "wf_missing", input: { a: "{{ trigger.a }}" } }];
    expect(issuesOf(nodes, edges("start->sub"))).toEqual([]);
    expect(issuesOf(nodes, edges("start->sub"), { workflowExists: (id) => id === "wf_other" })).toEqual([
      expect.objectContaining({ nodeId: "sub", field: "nodes[1].workflowId", message: expect.stringMatching(/workflow "wf_missing" does not exist/) }),
    ]);
  });
});
