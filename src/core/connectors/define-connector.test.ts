import { describe, expect, it } from "vitest";
import { z } from "zod";
import { credentialFieldsOf } from "./auth-fields";
import { createConnectorRegistry } from "./connector-registry";
import { defineAction } from "./define-action";
import { defineConnector } from "./define-connector";
import { defineTrigger } from "./define-trigger";
import { describeConnector } from "./describe-connector";
import { resolveRequestUrl } from "./resolve-request-url";
import { describeRateLimit } from "./rate-limit";

const createIssue = defineAction({
  id: "create_issue",
  name: "Create issue",
  description: "Opens an issue.",
  input: z.object({
    repo: z.string().meta({ description: "owner/name", examples: ["octo/hello"] }),
    title: z.string().min(1).meta({ description: "Issue title", examples: ["Bug"] }),
    draft: z.boolean().default(false),
  }),
  output: z.object({ number: z.number() }),
  request: (input) => ({ method: "POST", path: `/repos/${input.repo}/issues`, body: { title: input.title } }),
});

const acme = defineConnector({
  id: "acme",
  name: "Acme",
  icon: "box",
  categories: ["dev"],
  auth: { type: "api_key", in: "header", name: "x-acme-key", key: { example: "ak_123" } },
  baseUrl: "https://api.acme.test/v1",
  rateLimit: { requests: 100, perMs: 60_000 },
  actions: [createIssue],
  triggers: [
    defineTrigger({
      id: "issue_opened",
      name: "Issue opened",
      description: "When an issue opens.",
      kind: "webhook",
      signatureScheme: "hmac_sha256",
      events: ["issue.opened"],
      output: z.unknown(),
      eventOf: ({ headers }) => headers["x-acme-event"],
    }),
  ],
});

describe("defineConnector", () => {
  it("normalises auth to a list and says whether a connection is needed", () => {
    expect(acme.auth).toHaveLength(1);
    expect(acme.connectionOptional).toBe(false);
    expect(defineConnector({ ...acme, id: "open", auth: [{ type: "none" }, { type: "bearer" }] }).connectionOptional).toBe(true);
  });

  it("refuses ids with dots or capitals, duplicate actions and a bad base URL", () => {
    expect(() => defineConnector({ ...acme, id: "Acme.v2" })).toThrow(/lowercase/);
    expect(() => defineConnector({ ...acme, actions: [createIssue, createIssue] })).toThrow(/create_issue/);
    expect(() => defineConnector({ ...acme, baseUrl: "ftp://files.acme.test" })).toThrow(/base URL/);
    expect(() => defineConnector({ ...acme, auth: [] })).toThrow(/auth/);
  });

  it("needs a request builder or a run function, and a short id", () => {
    expect(() => defineAction({ ...createIssue, id: "create issue" })).toThrow(/letters/);
    expect(() => defineAction({ id: "x", name: "X", description: "", input: z.object({}), output: z.unknown() } as never)).toThrow(/request builder or a run/);
  });

  it("polling triggers poll at most once a minute", () => {
    const poll = {
      id: "new_items",
      name: "New items",
      description: "",
      kind: "polling" as const,
      intervalMs: 1000,
      output: z.unknown(),
      request: () => ({ method: "GET" as const, path: "/items" }),
      items: () => [],
      nextCursor: () => undefined,
      dedupeKey: (item: unknown) => String(item),
    };
    expect(() => defineTrigger(poll)).toThrow(/once a minute/);
    expect(defineTrigger({ ...poll, intervalMs: 60_000 }).kind).toBe("polling");
  });
});

describe("describeConnector", () => {
  it("exposes the form fields of the auth and each action's input as JSON Schema, with descriptions and examples", () => {
    const described = describeConnector(acme);
    expect(described.auth).toEqual([{ type: "api_key", fields: [{ key: "apiKey", label: "API key", secret: true, example: "ak_123" }] }]);
    const [action] = described.actions;
    expect(action!.id).toBe("acme.create_issue");
    expect(action!.inputSchema).toMatchObject({
      type: "object",
      required: ["repo", "title"],
      properties: { repo: { type: "string", description: "owner/name", examples: ["octo/hello"] }, draft: { type: "boolean", default: false } },
    });
    expect(described.triggers).toEqual([{ id: "acme.issue_opened", name: "Issue opened", description: "When an issue opens.", kind: "webhook" }]);
    expect(JSON.parse(JSON.stringify(described))).toEqual(described);
  });
});

describe("credentialFieldsOf", () => {
  it("asks for what the connector leaves open", () => {
    expect(credentialFieldsOf({ type: "api_key" }).map((f) => f.key)).toEqual(["apiKey", "in", "name"]);
    expect(credentialFieldsOf({ type: "basic" })).toEqual([
      { key: "username", label: "User name", secret: false },
      { key: "password", label: "Password", secret: true },
    ]);
    expect(credentialFieldsOf({ type: "custom_headers", fields: [{ key: "keyId", label: "Key id", header: "x-key-id", secret: false }] })).toEqual([{ key: "keyId", label: "Key id", secret: false }]);
    expect(credentialFieldsOf({ type: "oauth2", oauth: { app: "a", grant: "authorization_code", authorizeUrl: "https://a.test/auth", tokenUrl: "https://a.test/token" } })).toEqual([]);
  });
});

describe("registry", () => {
  it("resolves <connector>.<action> and refuses two connectors with one id", () => {
    const registry = createConnectorRegistry([acme]);
    expect(registry.findAction("acme.create_issue")?.action).toBe(createIssue);
    expect(registry.findAction("acme.nope")).toBeUndefined();
    expect(registry.findAction("other.create_issue")).toBeUndefined();
    expect(() => createConnectorRegistry([acme, acme])).toThrow(/acme/);
  });
});

describe("resolveRequestUrl", () => {
  it("joins the path to the base URL and never leaves its origin", () => {
    expect(resolveRequestUrl("https://api.acme.test/v1/", { path: "/repos/a%2Fb" })).toBe("https://api.acme.test/v1/repos/a%2Fb");
    expect(() => resolveRequestUrl("https://api.acme.test", { path: "//evil.test/x" })).toThrow(/single/);
    expect(() => resolveRequestUrl("https://api.acme.test", { path: "https://evil.test/x" })).toThrow(/start with/);
    expect(() => resolveRequestUrl("https://api.acme.test", { path: "/\\evil.test" })).toThrow();
    expect(resolveRequestUrl("https://api.acme.test", { path: "/a/../../b" })).toBe("https://api.acme.test/b");
  });

  it("without a base URL takes only absolute http(s) URLs", () => {
    expect(resolveRequestUrl(undefined, { path: "http://127.0.0.1:8080/x" })).toBe("http://127.0.0.1:8080/x");
    expect(() => resolveRequestUrl(undefined, { path: "/relative" })).toThrow(/absolute/);
    expect(() => resolveRequestUrl(undefined, { path: "file:///etc/passwd" })).toThrow(/absolute/);
  });
});

describe("describeRateLimit", () => {
  it("names the window in words", () => {
    expect(describeRateLimit({ requests: 5000, perMs: 3_600_000 })).toBe("5000 requests per hour");
    expect(describeRateLimit({ requests: 100, perMs: 10_000 })).toBe("100 requests per 10 seconds");
    expect(describeRateLimit({ requests: 1, perMs: 86_400_000 })).toBe("1 request per day");
    expect(describeRateLimit({ requests: 3, perMs: 1_500 })).toBe("3 requests per 1500 ms");
  });
});
