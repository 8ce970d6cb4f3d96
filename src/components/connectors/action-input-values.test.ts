import { describe, expect, it } from "vitest";
import { githubConnector } from "@/connectors/github";
import { stripeConnector } from "@/connectors/stripe";
import { compileDeclarativeConnectorOrThrow, describeConnector, type ConnectorDescription } from "@/core/connectors";
import { actionFormFields, initialFieldValues } from "./action-form-fields";
import { buildActionInput, splitListText } from "./action-input-values";
import { STARTER_DEFINITION } from "./starter-definition";

function fieldsOf(connector: ConnectorDescription, actionId: string) {
  const action = connector.actions.find((candidate) => candidate.id === actionId);
  if (!action) throw new Error(`no action ${actionId}`);
  return actionFormFields(action.inputSchema);
}

describe("splitListText", () => {
  it("splits on commas and lines, trimming and dropping blanks", () => {
    expect(splitListText("bug, needs triage")).toEqual(["bug", "needs triage"]);
    expect(splitListText("bug\nneeds triage\n\n")).toEqual(["bug", "needs triage"]);
  });

  it("keeps commas inside a template", () => {
    expect(splitListText('bug, {{ $join(steps.a.tags, ",") }}')).toEqual(["bug", '{{ $join(steps.a.tags, ",") }}']);
  });
});

describe("buildActionInput: GitHub create_issue", () => {
  const fields = fieldsOf(describeConnector(githubConnector), "github.create_issue");

  it("keeps filled fields only, parsed to their types", () => {
    const values = {
      ...initialFieldValues(fields),
      owner: "octocat",
      repo: "hello-world",
      title: "Login button does nothing",
      labels: "bug, needs triage",
      milestone: "3",
    };
    expect(buildActionInput(fields, values)).toEqual({
      input: { owner: "octocat", repo: "hello-world", title: "Login button does nothing", labels: ["bug", "needs triage"], milestone: 3 },
      errors: {},
      missing: [],
    });
  });

  it("lists required fields left empty", () => {
    expect(buildActionInput(fields, { ...initialFieldValues(fields), owner: "octocat" }).missing).toEqual(["repo", "title"]);
  });

  it("accepts templates in number and list fields", () => {
    const result = buildActionInput(fields, {
      owner: "{{ trigger.body.repository.owner.login }}",
      repo: "hello-world",
      title: "Deploy {{ steps.deploy.id }} failed",
      milestone: "{{ steps.plan.milestone }}",
      labels: "{{ steps.classify.labels }}",
      assignees: "octocat, {{ trigger.body.sender.login }}",
    });
    expect(result.errors).toEqual({});
    expect(result.input).toEqual({
      owner: "{{ trigger.body.repository.owner.login }}",
      repo: "hello-world",
      title: "Deploy {{ steps.deploy.id }} failed",
      milestone: "{{ steps.plan.milestone }}",
      labels: "{{ steps.classify.labels }}",
      assignees: ["octocat", "{{ trigger.body.sender.login }}"],
    });
  });

  it("reports a number that is not one", () => {
    expect(buildActionInput(fields, { milestone: "three" }).errors).toEqual({ milestone: "Enter a whole number, or a {{ template }}." });
    expect(buildActionInput(fields, { milestone: "2.5" }).errors).toEqual({ milestone: "Enter a whole number." });
    expect(buildActionInput(fields, { milestone: "0" }).errors).toEqual({ milestone: "Enter a whole number of at least 1." });
  });
});

describe("buildActionInput: Stripe create_payment_intent", () => {
  const fields = fieldsOf(describeConnector(stripeConnector), "stripe.create_payment_intent");

  it("leaves out fields still at their default, keeps changed ones", () => {
    const values = { ...initialFieldValues(fields), amount: "1999", currency: "usd", confirm: "true", metadata: '{"order_id": "8841"}' };
    expect(buildActionInput(fields, values)).toEqual({
      input: { amount: 1999, currency: "usd", metadata: { order_id: "8841" }, confirm: true },
      errors: {},
      missing: [],
    });
  });

  it("checks JSON and its shape, and the amount's range", () => {
    const { errors } = buildActionInput(fields, { amount: "100000000", currency: "usd", metadata: "[1]" });
    expect(errors.amount).toBe("Enter a whole number from 1 to 99,999,999.");
    expect(errors.metadata).toBe('Enter a JSON object, such as {"key": "value"}.');
    expect(buildActionInput(fields, { metadata: "{order" }).errors.metadata).toMatch(/^Not valid JSON: /);
    expect(buildActionInput(fields, { metadata: "{{ steps.order.metadata }}" }).input).toEqual({ metadata: "{{ steps.order.metadata }}" });
  });
});

describe("buildActionInput: a custom connector", () => {
  const connector = describeConnector(compileDeclarativeConnectorOrThrow({ ...STARTER_DEFINITION, id: "my_api" }));

  it("parses a JSON body and leaves the default page limit out", () => {
    const fields = fieldsOf(connector, "my_api.create_item");
    expect(buildActionInput(fields, { body: '{ "name": "{{ trigger.body.name }}" }' }).input).toEqual({ body: { name: "{{ trigger.body.name }}" } });
    const listFields = fieldsOf(connector, "my_api.list_items");
    expect(buildActionInput(listFields, { ...initialFieldValues(listFields), limit: "20" }).input).toEqual({ limit: 20 });
    expect(buildActionInput(listFields, { ...initialFieldValues(listFields), maxPages: "3" }).input).toEqual({ maxPages: 3 });
  });

  it("keeps an enum option's JSON type", () => {
    const [level] = actionFormFields({ type: "object", properties: { level: { type: "integer", enum: [1, 2] } } });
    expect(buildActionInput([level!], { level: "2" }).input).toEqual({ level: 2 });
  });
});
