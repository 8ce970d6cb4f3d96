import { describe, expect, it } from "vitest";
import { BUILT_IN_CONNECTORS } from "@/connectors";
import { githubConnector } from "@/connectors/github";
import { gmailConnector } from "@/connectors/gmail";
import { httpConnector } from "@/connectors/http";
import { stripeConnector } from "@/connectors/stripe";
import { compileDeclarativeConnectorOrThrow, describeConnector, type ConnectorDescription } from "@/core/connectors";
import { actionFormFields, humanizeFieldName, initialFieldValues, type ActionFormField } from "./action-form-fields";
import { STARTER_DEFINITION } from "./starter-definition";

function schemaOf(connector: ConnectorDescription, actionId: string): Record<string, unknown> {
  const action = connector.actions.find((candidate) => candidate.id === actionId);
  if (!action) throw new Error(`no action ${actionId}`);
  return action.inputSchema;
}

function byName(fields: ActionFormField[]): Record<string, ActionFormField> {
  return Object.fromEntries(fields.map((field) => [field.name, field]));
}

const github = describeConnector(githubConnector);
const stripe = describeConnector(stripeConnector);
const custom = describeConnector(compileDeclarativeConnectorOrThrow({ ...STARTER_DEFINITION, id: "my_api" }));

describe("humanizeFieldName", () => {
  it("turns camelCase and snake_case into words, with acronyms in capitals", () => {
    expect(humanizeFieldName("owner")).toBe("Owner");
    expect(humanizeFieldName("customerId")).toBe("Customer ID");
    expect(humanizeFieldName("thread_ts")).toBe("Thread ts");
    expect(humanizeFieldName("returnUrl")).toBe("Return URL");
    expect(humanizeFieldName("maxPages")).toBe("Max pages");
    expect(humanizeFieldName("HTMLBody")).toBe("HTML body");
  });
});

describe("actionFormFields: GitHub create_issue", () => {
  const fields = actionFormFields(schemaOf(github, "github.create_issue"));
  const field = byName(fields);

  it("has one field per property, required ones first", () => {
    expect(fields.map((f) => f.name)).toEqual(["owner", "repo", "title", "body", "labels", "assignees", "milestone"]);
    expect(fields.filter((f) => f.required).map((f) => f.name)).toEqual(["owner", "repo", "title"]);
  });

  it("maps strings, Markdown text, string lists and integers", () => {
    expect(field.owner).toMatchObject({ kind: "text", label: "Owner", required: true, example: "octocat" });
    expect(field.owner!.description).toMatch(/owns the repository/);
    expect(field.title!.kind).toBe("text");
    expect(field.body).toMatchObject({ kind: "long-text", required: false, example: "Steps to reproduce:\n1. Open /login\n2. Click **Sign in**" });
    expect(field.labels).toMatchObject({ kind: "string-list", example: "bug, needs triage" });
    expect(field.milestone).toMatchObject({ kind: "integer", example: "3", minimum: 1 });
    // zod's integer ceiling (2^53 - 1) says nothing to a user.
    expect(field.milestone!.maximum).toBeUndefined();
  });

  it("starts every field empty (no defaults)", () => {
    expect(initialFieldValues(fields)).toEqual({ owner: "", repo: "", title: "", body: "", labels: "", assignees: "", milestone: "" });
  });
});

describe("actionFormFields: Stripe create_payment_intent", () => {
  const fields = actionFormFields(schemaOf(stripe, "stripe.create_payment_intent"));
  const field = byName(fields);

  it("maps the amount, booleans with defaults, formats and a free-form object", () => {
    expect(field.amount).toMatchObject({ kind: "integer", required: true, example: "1999", minimum: 1, maximum: 99999999 });
    expect(field.currency).toMatchObject({ kind: "text", required: true, example: "usd" });
    expect(field.receiptEmail).toMatchObject({ kind: "text", format: "email", label: "Receipt email" });
    expect(field.returnUrl).toMatchObject({ kind: "text", format: "uri", label: "Return URL" });
    // "description" of a payment is one line, not a body.
    expect(field.description!.kind).toBe("text");
    expect(field.automaticPaymentMethods).toMatchObject({ kind: "boolean", defaultText: "true", defaultValue: true });
    expect(field.confirm).toMatchObject({ kind: "boolean", defaultText: "false" });
    expect(field.metadata).toMatchObject({ kind: "json", jsonShape: "object", example: '{"order_id":"8841","source":"junction"}' });
  });

  it("pre-fills defaults", () => {
    expect(initialFieldValues(fields)).toMatchObject({ amount: "", automaticPaymentMethods: "true", confirm: "false", offSession: "false" });
  });
});

describe("actionFormFields: a custom connector", () => {
  it("maps a query parameter and the listing's page limit", () => {
    const field = byName(actionFormFields(schemaOf(custom, "my_api.list_items")));
    expect(field.limit).toMatchObject({ kind: "integer", required: false, description: "How many items per page", example: "20" });
    expect(field.limit!.minimum).toBeUndefined();
    expect(field.maxPages).toMatchObject({ kind: "integer", defaultText: "10", minimum: 1, maximum: 100 });
  });

  it("edits a JSON body as JSON, naming its keys", () => {
    const [body] = actionFormFields(schemaOf(custom, "my_api.create_item"));
    expect(body).toMatchObject({ name: "body", kind: "json", jsonShape: "object", required: true, keys: [{ name: "name", required: true }] });
  });
});

describe("actionFormFields: other shapes", () => {
  it("turns enums into selects and a body of any JSON into a JSON field", () => {
    const field = byName(actionFormFields(schemaOf(describeConnector(httpConnector), "http.request")));
    expect(field.method).toMatchObject({ kind: "enum", defaultText: '"GET"' });
    expect(field.method!.options!.map((o) => o.label)).toEqual(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]);
    expect(field.body).toMatchObject({ kind: "json", jsonShape: "any" });
    expect(field.headers).toMatchObject({ kind: "json", jsonShape: "object", defaultText: "{}" });
  });

  it("edits 'one address or a list' as a list", () => {
    const field = byName(actionFormFields(schemaOf(describeConnector(gmailConnector), "gmail.send_email")));
    expect(field.to).toMatchObject({ kind: "string-list", example: "jane.doe@example.com, Ops Team <ops@example.com>" });
  });

  it("handles nullable types, const unions and numeric enums", () => {
    const field = byName(
      actionFormFields({
        type: "object",
        properties: {
          note: { type: ["string", "null"] },
          mode: { anyOf: [{ const: "fast" }, { const: "safe" }] },
          level: { type: "integer", enum: [1, 2, 3] },
          items: { type: "array", items: { type: "object", properties: { sku: { type: "string" } }, required: ["sku"] } },
          anything: {},
        },
      }),
    );
    expect(field.note!.kind).toBe("long-text");
    expect(field.mode!.options).toEqual([
      { label: "fast", value: '"fast"' },
      { label: "safe", value: '"safe"' },
    ]);
    expect(field.level!.options!.map((o) => o.value)).toEqual(["1", "2", "3"]);
    expect(field.items).toMatchObject({ kind: "json", jsonShape: "array", keys: [{ name: "sku", required: true }] });
    expect(field.anything).toMatchObject({ kind: "json", jsonShape: "any", label: "Anything" });
  });

  it("has no fields for an input without properties", () => {
    expect(actionFormFields({ type: "object" })).toEqual([]);
  });

  it("maps every built-in action's input without throwing", () => {
    for (const connector of BUILT_IN_CONNECTORS.map(describeConnector)) {
      for (const action of connector.actions) {
        const fields = actionFormFields(action.inputSchema);
        for (const f of fields) expect(f.label, `${action.id}.${f.name}`).not.toBe("");
      }
    }
  });
});
