import { describe, expect, it } from "vitest";
import { createFakePorts } from "./fake-ports";
import { runWorkflow } from "./interpreter";
import { NodeError } from "./node-error";
import { manualTrigger, testWorkflow } from "./workflow-fixtures";

describe("runWorkflow: straight lines", () => {
  it("runs trigger → transform → action, rendering templates in the action input", async () => {
    const definition = testWorkflow(
      [
        manualTrigger,
        { id: "shape", name: "Shape", type: "transform", expression: '{ "greeting": "Hello " & trigger.body.name, "n": trigger.body.n * 2 }' },
        {
          id: "post",
          name: "Post",
          type: "action",
          action: "http.request",
          input: { url: "https://api.example.com/{{ trigger.body.name }}", body: "{{ steps.shape }}", count: "{{ steps.shape.n }}", note: "n={{ steps.shape.n }}" },
        },
      ],
      ["start->shape", "shape->post"],
    );
    const ports = createFakePorts({ actions: { "http.request": (input) => ({ status: 200, sent: input }) } });

    const result = await runWorkflow(definition, { body: { name: "ada", n: 21 } }, ports);

    expect(result.status).toBe("succeeded");
    expect(result.steps.shape).toEqual({ greeting: "Hello ada", n: 42 });
    expect(ports.calls.actions).toHaveLength(1);
    expect(ports.calls.actions[0]?.input).toEqual({
      url: "https://api.example.com/ada",
      body: { greeting: "Hello ada", n: 42 },
      count: 42,
      note: "n=42",
    });
    expect(result.output).toEqual({ status: 200, sent: ports.calls.actions[0]?.input });
    expect(ports.calls.executedSteps).toEqual(["post"]);
    expect(ports.logs.filter((entry) => entry.status === "finished").map((entry) => entry.stepId)).toEqual(["start", "shape", "post"]);
  });

  it("hands the action its effective retry policy, falling back to the workflow setting", async () => {
    const definition = testWorkflow(
      [manualTrigger, { id: "a", name: "A", type: "action", action: "http.request" }, { id: "b", name: "B", type: "action", action: "http.request", retry: "no_retry" }],
      ["start->a", "a->b"],
      { retry: "aggressive" },
    );
    const ports = createFakePorts();
    await runWorkflow(definition, {}, ports);
    expect(ports.calls.actions.map((call) => call.retry)).toEqual(["aggressive", "no_retry"]);
  });

  it("replays deterministically: a second run over the same memo executes no action again", async () => {
    const definition = testWorkflow(
      [
        manualTrigger,
        { id: "a", name: "A", type: "action", action: "http.request", input: { n: "{{ trigger.n }}" } },
        { id: "pause", name: "Pause", type: "delay", delay: { mode: "duration", duration: "5m" } },
        { id: "b", name: "B", type: "action", action: "http.request", input: { previous: "{{ steps.a.echo.n }}" } },
      ],
      ["start->a", "a->pause", "pause->b"],
    );
    let counter = 0;
    const actions = { "http.request": () => ({ echo: { n: ++counter } }) };
    const first = createFakePorts({ actions });
    const firstResult = await runWorkflow(definition, { n: 1 }, first);
    const replay = createFakePorts({ actions, memo: first.memo });
    const replayResult = await runWorkflow(definition, { n: 1 }, replay);

    expect(first.calls.actions).toHaveLength(2);
    expect(replay.calls.actions).toHaveLength(0);
    expect(replay.calls.sleeps).toHaveLength(0);
    expect(replayResult).toEqual(firstResult);
    expect(counter).toBe(2);
  });
});

describe("runWorkflow: branches", () => {
  const branching = testWorkflow(
    [
      manualTrigger,
      { id: "big", name: "Is big", type: "condition", expression: "trigger.amount > 100" },
      { id: "alert", name: "Alert", type: "action", action: "slack.post", input: { text: "big: {{ trigger.amount }}" } },
      { id: "archive", name: "Archive", type: "action", action: "files.archive", input: {} },
      { id: "after_alert", name: "After alert", type: "transform", expression: '"alerted"' },
    ],
    ["start->big", "big->alert:true", "big->archive:false", "alert->after_alert"],
  );

  it("follows the true branch and skips the false one", async () => {
    const ports = createFakePorts();
    const result = await runWorkflow(branching, { amount: 500 }, ports);
    expect(ports.calls.actions.map((call) => call.nodeId)).toEqual(["alert"]);
    expect(result.steps.big).toBe(true);
    expect(result.steps.after_alert).toBe("alerted");
    expect(result.steps).not.toHaveProperty("archive");
    expect(ports.logs.filter((entry) => entry.status === "skipped").map((entry) => entry.nodeId)).toEqual(["archive"]);
  });

  it("follows the false branch and skips everything downstream of the true one", async () => {
    const ports = createFakePorts();
    const result = await runWorkflow(branching, { amount: 5 }, ports);
    expect(ports.calls.actions.map((call) => call.nodeId)).toEqual(["archive"]);
    expect(result.steps.big).toBe(false);
    expect(ports.logs.filter((entry) => entry.status === "skipped").map((entry) => entry.nodeId).sort()).toEqual(["after_alert", "alert"]);
  });

  it("runs a join node when at least one incoming edge was taken", async () => {
    const definition = testWorkflow(
      [
        manualTrigger,
        { id: "check", name: "Check", type: "condition", expression: "trigger.ok" },
        { id: "yes", name: "Yes", type: "transform", expression: '"yes"' },
        { id: "no", name: "No", type: "transform", expression: '"no"' },
        { id: "join", name: "Join", type: "transform", expression: "steps.yes ? steps.yes : steps.no" },
      ],
      ["start->check", "check->yes:true", "check->no:false", "yes->join", "no->join"],
    );
    const result = await runWorkflow(definition, { ok: false }, createFakePorts());
    expect(result.steps.join).toBe("no");
    expect(result.output).toBe("no");
  });

  it("treats a condition that matches nothing as false, and rejects non-boolean results by name", async () => {
    const missing = await runWorkflow(branching, {}, createFakePorts());
    expect(missing.steps.big).toBe(false);

    const definition = testWorkflow(
      [manualTrigger, { id: "check", name: "Check", type: "condition", expression: "trigger.name" }],
      ["start->check"],
    );
    await expect(runWorkflow(definition, { name: "ada" }, createFakePorts())).rejects.toThrow(/Node "Check" \(check\): expression must evaluate to true or false/);
  });

  describe("switch", () => {
    const routing = testWorkflow(
      [
        manualTrigger,
        {
          id: "route",
          name: "Route",
          type: "switch",
          cases: [
            { id: "eu", expression: 'trigger.region = "eu"' },
            { id: "us", expression: 'trigger.region = "us"' },
            { id: "also_eu", expression: '$substring(trigger.region, 0, 1) = "e"' },
          ],
        },
        { id: "to_eu", name: "EU", type: "transform", expression: '"eu"' },
        { id: "to_us", name: "US", type: "transform", expression: '"us"' },
        { id: "to_also", name: "Also", type: "transform", expression: '"also"' },
        { id: "fallback", name: "Fallback", type: "transform", expression: '"default"' },
      ],
      ["start->route", "route->to_eu:eu", "route->to_us:us", "route->to_also:also_eu", "route->fallback:default"],
    );

    it.each([
      ["eu", "to_eu"],
      ["us", "to_us"],
      ["apac", "fallback"],
    ])("region %s runs %s only", async (region, expected) => {
      const ports = createFakePorts();
      const result = await runWorkflow(routing, { region }, ports);
      expect(result.output).toBe(expected === "fallback" ? "default" : expected.slice(3));
      const ran = ports.logs.filter((entry) => entry.status === "finished").map((entry) => entry.nodeId);
      expect(ran).toEqual(["start", "route", expected]);
    });

    it("takes the first matching case when several match", async () => {
      const result = await runWorkflow(routing, { region: "eu" }, createFakePorts());
      expect(result.steps.route).toBe("eu");
      expect(result.steps).not.toHaveProperty("to_also");
    });
  });
});

describe("runWorkflow: failures", () => {
  it("names the node, the field and the expression when an expression fails", async () => {
    const definition = testWorkflow(
      [manualTrigger, { id: "calc", name: "Calc", type: "transform", expression: '$number("abc") + trigger.x' }],
      ["start->calc"],
    );
    const ports = createFakePorts();
    const failure = await runWorkflow(definition, { x: 1 }, ports).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NodeError);
    expect(failure).toMatchObject({ nodeId: "calc", field: "expression" });
    expect((failure as NodeError).message).toContain('Node "Calc" (calc)');
    expect((failure as NodeError).message).toContain('$number(\\"abc\\")');
    expect(ports.logs.at(-1)).toMatchObject({ nodeId: "calc", status: "failed", error: { field: "expression" } });
  });

  it("names the input field when a template in an action input fails", async () => {
    const definition = testWorkflow(
      [manualTrigger, { id: "post", name: "Post", type: "action", action: "http.request", input: { headers: { auth: "Bearer {{ $error('no token') }}" } } }],
      ["start->post"],
    );
    const ports = createFakePorts();
    await expect(runWorkflow(definition, {}, ports)).rejects.toMatchObject({ nodeId: "post", field: "input.headers.auth" });
    expect(ports.calls.actions).toHaveLength(0);
  });

  it("logs a failing action as failed with its node id and rethrows the port's error unchanged", async () => {
    const definition = testWorkflow([manualTrigger, { id: "post", name: "Post", type: "action", action: "http.request" }], ["start->post"]);
    const boom = new Error("503 from api.example.com");
    const ports = createFakePorts({
      actions: {
        "http.request": () => {
          throw boom;
        },
      },
    });
    await expect(runWorkflow(definition, {}, ports)).rejects.toBe(boom);
    expect(ports.logs.at(-1)).toMatchObject({ nodeId: "post", stepId: "post", status: "failed", error: { message: "503 from api.example.com" } });
  });
});

describe("runWorkflow: stop", () => {
  it("ends the run as succeeded and runs nothing after it", async () => {
    const definition = testWorkflow(
      [
        manualTrigger,
        { id: "check", name: "Check", type: "condition", expression: "trigger.skip" },
        { id: "done", name: "Done", type: "stop", status: "succeeded", message: "nothing to do for {{ trigger.id }}" },
        { id: "work", name: "Work", type: "action", action: "http.request" },
      ],
      ["start->check", "check->done:true", "check->work:false"],
    );
    const ports = createFakePorts();
    const result = await runWorkflow(definition, { skip: true, id: 7 }, ports);
    expect(result).toMatchObject({ status: "succeeded", output: { status: "succeeded", message: "nothing to do for 7" } });
    expect(result.error).toBeUndefined();
    expect(ports.calls.actions).toHaveLength(0);
  });

  it("ends the run as failed with the node id and message", async () => {
    const definition = testWorkflow(
      [manualTrigger, { id: "reject", name: "Reject", type: "stop", status: "failed", message: "order {{ trigger.id }} is invalid" }, { id: "later", name: "Later", type: "transform", expression: "1" }],
      ["start->reject", "reject->later"],
    );
    const result = await runWorkflow(definition, { id: 9 }, createFakePorts());
    expect(result.status).toBe("failed");
    expect(result.error).toEqual({ nodeId: "reject", message: "order 9 is invalid" });
    expect(result.steps).not.toHaveProperty("later");
  });
});
