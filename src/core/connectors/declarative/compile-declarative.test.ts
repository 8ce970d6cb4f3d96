import { describe, expect, it } from "vitest";
import { describeConnector } from "../describe-connector";
import { compileDeclarativeConnector, compileDeclarativeConnectorOrThrow, ConnectorDefinitionError } from "./compile-declarative";

/** The requirement document's GitHub example, with the OAuth2 URLs an OAuth2 connector cannot do without. */
const GITHUB = {
  name: "GitHub",
  auth_type: "OAuth2",
  auth: { authorize_url: "https://github.com/login/oauth/authorize", token_url: "https://github.com/login/oauth/access_token", scopes: ["repo"] },
  base_url: "https://api.github.com",
  endpoints: [
    { name: "List Repos", path: "/user/repos", method: "GET", params: [{ name: "per_page", type: "integer", example: 30 }], pagination: { type: "link" } },
    {
      name: "Create Issue",
      path: "/repos/{owner}/{repo}/issues",
      method: "POST",
      body: { schema: { type: "object", properties: { title: { type: "string" }, body: { type: "string" } }, required: ["title"] } },
    },
  ],
  rate_limit: 5000,
};

function issuesOf(document: unknown) {
  const result = compileDeclarativeConnector(document);
  if (result.ok) throw new Error("expected issues");
  return result.issues;
}

describe("compileDeclarativeConnector", () => {
  it("compiles the requirement document's shape into a connector: one action per endpoint", () => {
    const connector = compileDeclarativeConnectorOrThrow(GITHUB);
    expect(connector).toMatchObject({ id: "github", name: "GitHub", baseUrl: "https://api.github.com", rateLimit: { requests: 5000, perMs: 3_600_000 } });
    expect(connector.auth).toEqual([
      { type: "oauth2", oauth: { app: "github", grant: "authorization_code", authorizeUrl: "https://github.com/login/oauth/authorize", tokenUrl: "https://github.com/login/oauth/access_token", scopes: ["repo"], pkce: true } },
    ]);
    expect(connector.oauth).toMatchObject({ app: "github", displayName: connector.name, tokenUrl: "https://github.com/login/oauth/access_token", clientAuth: "client_secret_basic" });
    expect(connector.actions.map((a) => a.id)).toEqual(["list_repos", "create_issue"]);
    expect(connector.actions[0]!.pagination).toEqual({ type: "link" });
  });

  it("turns path params, query params and the body into the action's input, and builds the request", () => {
    const connector = compileDeclarativeConnectorOrThrow(GITHUB);
    const createIssue = connector.actions[1]!;
    const input = createIssue.input.parse({ owner: "octo cat", repo: "hello", body: { title: "Bug" } });
    expect(createIssue.request!(input, { idempotencyKey: "run-1:step-1" })).toEqual({ method: "POST", path: "/repos/octo%20cat/hello/issues", query: {}, headers: {}, body: { title: "Bug" } });
    expect(createIssue.input.safeParse({ owner: "o", repo: "r", body: { body: "no title" } }).success).toBe(false);
    expect(createIssue.input.safeParse({ owner: "o", body: { title: "t" } }).success).toBe(false);

    const listRepos = connector.actions[0]!;
    expect(listRepos.request!(listRepos.input.parse({ per_page: 50 }), { idempotencyKey: "run-1:step-1" })).toMatchObject({ method: "GET", path: "/user/repos", query: { per_page: 50 } });
    expect(listRepos.input.safeParse({ per_page: 1.5 }).success).toBe(false);
  });

  it("describes each input field for forms", () => {
    const described = describeConnector(compileDeclarativeConnectorOrThrow(GITHUB));
    expect(described.actions[0]!.inputSchema).toMatchObject({ properties: { per_page: { type: "integer", examples: [30] } } });
    expect(described.actions[1]!.inputSchema).toMatchObject({ required: expect.arrayContaining(["owner", "repo", "body"]) });
  });

  it("accepts common spellings of auth types and method case", () => {
    const connector = compileDeclarativeConnectorOrThrow({ name: "Acme", auth_type: "API Key", auth: { in: "query", name: "key" }, base_url: "https://acme.test", endpoints: [{ name: "Ping", path: "/ping", method: "get" }] });
    expect(connector.auth).toEqual([{ type: "api_key", in: "query", name: "key" }]);
    expect(connector.actions[0]!.request!({}, { idempotencyKey: "run-1:step-1" })).toMatchObject({ method: "GET" });
  });

  it("names the field of each problem", () => {
    const issues = issuesOf({
      ...GITHUB,
      endpoints: [...GITHUB.endpoints, { name: "Bad", path: "repos", method: "GET" }, { name: "Worse", path: "/x", method: "FETCH" }],
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: "endpoints[2].path", message: expect.stringContaining('starts with "/"') },
        { field: "endpoints[3].method", message: expect.stringContaining("GET, POST") },
      ]),
    );
    expect(issuesOf({ ...GITHUB, base_url: "not a url" })).toEqual([{ field: "base_url", message: expect.stringContaining("absolute http(s) URL") }]);
    expect(issuesOf({ ...GITHUB, auth: {} }).map((i) => i.field)).toEqual(["auth.authorize_url", "auth.token_url"]);
    expect(issuesOf({ ...GITHUB, auth_type: "magic" })).toEqual([{ field: "auth_type", message: expect.stringContaining("one of") }]);
    expect(issuesOf({ ...GITHUB, endpoints: [] })).toEqual([{ field: "endpoints", message: expect.stringContaining("at least one") }]);
  });

  it("refuses credentials inside a definition", () => {
    expect(issuesOf({ ...GITHUB, credentials: { token: "ghp_secret" } })).toEqual([{ field: "credentials", message: expect.stringContaining("connection") }]);
  });

  it("checks params against the path, duplicate actions and bodies on GET", () => {
    const issues = issuesOf({
      ...GITHUB,
      endpoints: [
        { name: "Get", path: "/items/{id}", method: "GET", params: [{ name: "id", in: "query" }, { name: "other", in: "path" }, { name: "other", in: "path" }] },
        { name: "get", path: "/x", method: "GET", body: {} },
      ],
    });
    expect(issues.map((i) => i.field)).toEqual([
      "endpoints[0].params[0].in",
      "endpoints[0].params[1].name",
      "endpoints[0].params[2].name",
      "endpoints[0].params[2].name",
      "endpoints[1].name",
      "endpoints[1].body",
    ]);
  });

  it("throws one error listing every issue", () => {
    expect(() => compileDeclarativeConnectorOrThrow({ name: "", base_url: "x" })).toThrow(ConnectorDefinitionError);
    expect(() => compileDeclarativeConnectorOrThrow({ name: "", base_url: "x" })).toThrow(/name: .*base_url: /);
  });

  it("reads a rate limit given per window", () => {
    const connector = compileDeclarativeConnectorOrThrow({ ...GITHUB, rate_limit: { requests: 10, per: "second" } });
    expect(connector.rateLimit).toEqual({ requests: 10, perMs: 1000 });
  });
});
