import { describe, expect, it } from "vitest";
import { githubConnector } from "@/connectors/github";
import { httpConnector } from "@/connectors/http";
import { stripeConnector } from "@/connectors/stripe";
import { compileDeclarativeConnectorOrThrow, describeConnector } from "@/core/connectors";
import { ActionNodeSchema, TriggerConfigSchema } from "@/core/workflow/nodes";
import { actionFormFields } from "./action-form-fields";
import { buildActionInput } from "./action-input-values";
import { STARTER_DEFINITION } from "./starter-definition";
import { actionNodeText, buildActionNode, connectionChoices, nodeIdForAction, pollingTriggerConfig } from "./workflow-node-json";

describe("nodeIdForAction", () => {
  it("uses the action's own id, made a valid node id", () => {
    expect(nodeIdForAction("github.create_issue")).toBe("create_issue");
    expect(nodeIdForAction("acme.repos.get-content")).toBe("repos_get_content");
    expect(nodeIdForAction("acme.2fa-enable")).toBe("_2fa_enable");
    expect(nodeIdForAction("acme.---")).toBe("action");
    expect(nodeIdForAction(`acme.${"x".repeat(100)}`)).toHaveLength(64);
  });
});

describe("buildActionNode", () => {
  it("builds GitHub create_issue's node from its form, valid for the workflow schema", () => {
    const action = describeConnector(githubConnector).actions.find((a) => a.id === "github.create_issue")!;
    const { input } = buildActionInput(actionFormFields(action.inputSchema), {
      owner: "octocat",
      repo: "hello-world",
      title: "Login button does nothing",
      labels: "bug",
    });
    const node = buildActionNode({ action, connectionId: "conn_123", input });
    expect(node).toEqual({
      id: "create_issue",
      type: "action",
      name: "Create issue",
      action: "github.create_issue",
      connectionId: "conn_123",
      input: { owner: "octocat", repo: "hello-world", title: "Login button does nothing", labels: ["bug"] },
    });
    expect(Object.keys(node)).toEqual(["id", "type", "name", "action", "connectionId", "input"]);
    expect(ActionNodeSchema.safeParse(node).success).toBe(true);
    expect(JSON.parse(actionNodeText(node))).toEqual(node);
  });

  it("leaves connectionId out when there is none (Stripe without a connection yet, HTTP without credentials)", () => {
    const action = describeConnector(stripeConnector).actions.find((a) => a.id === "stripe.create_payment_intent")!;
    const node = buildActionNode({ action, connectionId: null, input: { amount: 1999, currency: "usd" } });
    expect(node).toEqual({ id: "create_payment_intent", type: "action", name: "Create payment intent", action: "stripe.create_payment_intent", input: { amount: 1999, currency: "usd" } });
    expect(ActionNodeSchema.safeParse(node).success).toBe(true);
  });

  it("builds a custom connector's node", () => {
    const connector = describeConnector(compileDeclarativeConnectorOrThrow({ ...STARTER_DEFINITION, id: "my_api" }));
    const action = connector.actions.find((a) => a.id === "my_api.create_item")!;
    const node = buildActionNode({ action, connectionId: "conn_9", input: { body: { name: "Widget" } } });
    expect(node).toMatchObject({ id: "create_item", name: "Create Item", action: "my_api.create_item", connectionId: "conn_9" });
    expect(ActionNodeSchema.safeParse(node).success).toBe(true);
  });
});

describe("connectionChoices", () => {
  const connections = [
    { id: "c1", name: "Old GitHub", connectorId: "github", status: "needs_reauth" },
    { id: "c2", name: "Work GitHub", connectorId: "github", status: "active" },
    { id: "c3", name: "Stripe live", connectorId: "stripe", status: "active" },
    { id: "c4", name: "Internal API", connectorId: "http", status: "active" },
  ];

  it("offers the connector's own connections, an active one first, and no 'none' when a connection is required", () => {
    expect(connectionChoices(describeConnector(githubConnector), connections)).toEqual({
      options: [
        { id: "c2", name: "Work GitHub", status: "active" },
        { id: "c1", name: "Old GitHub", status: "needs_reauth" },
      ],
      allowNone: false,
      initial: "c2",
    });
  });

  it("starts with no connection when the connector needs none", () => {
    expect(connectionChoices(describeConnector(httpConnector), connections)).toMatchObject({ allowNone: true, initial: null, options: [{ id: "c4" }] });
  });

  it("has nothing to pick when the org has no connection of it", () => {
    expect(connectionChoices({ id: "my_api", connectionOptional: false }, connections)).toEqual({ options: [], allowNone: false, initial: null });
  });
});

describe("pollingTriggerConfig", () => {
  it("is the connector trigger config of a trigger node", () => {
    const config = JSON.parse(pollingTriggerConfig("gmail.new_email", "conn_1")) as unknown;
    expect(config).toEqual({ kind: "connector", trigger: "gmail.new_email", connectionId: "conn_1" });
    expect(TriggerConfigSchema.safeParse(config).success).toBe(true);
    expect(pollingTriggerConfig("gmail.new_email", null)).toBe('{\n  "kind": "connector",\n  "trigger": "gmail.new_email",\n  "connectionId": "…"\n}');
  });
});
