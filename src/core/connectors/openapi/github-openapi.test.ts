import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runActionAgainst } from "@/test/connector-harness";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import type { ConnectorDefinition } from "../define-connector";
import { compileDeclarativeConnector } from "../declarative/compile-declarative";
import { importOpenApi, type OpenApiImportResult } from "./index";
import { isJsonObject, type JsonObject } from "./json-values";

/** GitHub's published OpenAPI 3.0 description (~13 MB, 1,200+ operations, `$ref`s throughout). */
const GITHUB_DOCUMENT = path.resolve("node_modules/@octokit/openapi/generated/api.github.com.json");
const OPERATION_KEYS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

describe("importing GitHub's OpenAPI document", () => {
  let text: string;
  let imported: OpenApiImportResult;
  let connector: ConnectorDefinition;
  let operations: number;

  beforeAll(() => {
    text = readFileSync(GITHUB_DOCUMENT, "utf8");
    const started = performance.now();
    imported = importOpenApi(text);
    const importedAt = performance.now();
    const compiled = compileDeclarativeConnector(imported.document);
    const compiledAt = performance.now();
    if (!compiled.ok) throw new Error(`GitHub's document did not compile: ${JSON.stringify(compiled.issues.slice(0, 5))}`);
    connector = compiled.connector;
    const paths = (JSON.parse(text) as { paths: Record<string, Record<string, unknown>> }).paths;
    operations = Object.values(paths).reduce((n, item) => n + OPERATION_KEYS.filter((key) => item[key] !== undefined).length, 0);
    console.info(
      `GitHub OpenAPI: import ${Math.round(importedAt - started)} ms + compile ${Math.round(compiledAt - importedAt)} ms; ${operations} operations, ${connector.actions.length} actions, ${imported.warnings.length} warnings`,
    );
  }, 60_000);

  it("compiles into one action per operation", () => {
    expect(connector.actions).toHaveLength(operations);
    expect(operations).toBeGreaterThan(1000);
    expect(imported.document).toMatchObject({ name: "GitHub's official OpenAPI spec + Octokit extension", base_url: "https://api.github.com", auth_type: "none" });
  });

  it("imports issues/create: POST with path params and a body schema requiring title", () => {
    const endpoint = imported.document.endpoints.find((e) => e.id === "issues_create")!;
    expect(endpoint).toMatchObject({ name: "Create an issue", method: "POST", path: "/repos/{owner}/{repo}/issues", body: { required: true } });
    expect(endpoint.params!.map((p) => [p.name, p.in, p.required])).toEqual([
      ["owner", "path", true],
      ["repo", "path", true],
    ]);
    const schema = endpoint.body!.schema!;
    expect(schema).toMatchObject({ type: "object", required: ["title"], properties: { title: { anyOf: [{ type: "string" }, { type: "integer" }] }, labels: { type: "array" } } });

    const action = connector.actions.find((a) => a.id === "issues_create")!;
    expect(action.input.safeParse({ owner: "o", repo: "r", body: { title: "Bug", labels: ["bug", { name: "p1" }], milestone: null, assignee: null } }).success).toBe(true);
    expect(action.input.safeParse({ owner: "o", repo: "r", body: { body: "no title" } }).success).toBe(false);
  });

  it("imports repos/get and search/issues-and-pull-requests with their params", () => {
    expect(imported.document.endpoints.find((e) => e.id === "repos_get")).toMatchObject({ method: "GET", path: "/repos/{owner}/{repo}", name: "Get a repository" });
    const search = imported.document.endpoints.find((e) => e.id === "search_issues-and-pull-requests")!;
    expect(search).toMatchObject({ method: "GET", path: "/search/issues" });
    expect(search.params).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "q", in: "query", type: "string", required: true }),
        expect.objectContaining({ name: "per_page", in: "query", type: "integer", required: false }),
        expect.objectContaining({ name: "page", in: "query", type: "integer" }),
      ]),
    );
    const action = connector.actions.find((a) => a.id === "search_issues-and-pull-requests")!;
    expect(action.request!(action.input.parse({ q: "is:open repo:octo/hello", per_page: 5 }), { idempotencyKey: "run-1:step-1" })).toMatchObject({ method: "GET", path: "/search/issues", query: { q: "is:open repo:octo/hello", per_page: 5 } });
  });

  it("renames a placeholder that is not a valid param name, everywhere it is used", () => {
    const memberships = imported.document.endpoints.filter((e) => e.path.includes("{enterprise_team}"));
    expect(memberships.length).toBeGreaterThan(0);
    expect(imported.document.endpoints.some((e) => e.path.includes("{enterprise-team}"))).toBe(false);
    expect(memberships[0]!.params).toContainEqual(expect.objectContaining({ name: "enterprise_team", in: "path", required: true }));
  });

  it("leaves no $ref behind and keeps every body schema small", () => {
    const schemas = imported.document.endpoints.flatMap((e) => (e.body?.schema ? [JSON.stringify(e.body.schema)] : []));
    expect(schemas.length).toBeGreaterThan(300);
    expect(schemas.some((s) => s.includes('"$ref"'))).toBe(false);
    expect(Math.max(...schemas.map((s) => s.length))).toBeLessThan(100_000);
  });

  it("warns only about what it could not carry over (a few array params, non-JSON bodies)", () => {
    expect(imported.warnings.length).toBeLessThan(50);
    expect(imported.warnings).toContainEqual(expect.stringContaining("paths./markdown/raw.post.requestBody: the request body is text/plain"));
  });

  describe("run against a local server", () => {
    let api: LocalHttpServer;
    beforeAll(async () => {
      api = await startLocalHttpServer();
      api.route("/repos/octo/hello/issues", (_req, res, _hit, body) => sendJson(res, 201, { number: 1347, state: "open", ...(JSON.parse(body) as JsonObject) }));
    });
    afterAll(() => api.close());

    it("issues_create sends POST /repos/octo/hello/issues with the JSON body and the bearer token", async () => {
      // GitHub's description declares no security scheme; add the bearer token GitHub takes, as a user would.
      const document: unknown = JSON.parse(text);
      if (!isJsonObject(document) || !isJsonObject(document.components)) throw new Error("unexpected GitHub document");
      document.components.securitySchemes = { token: { type: "http", scheme: "bearer" } };
      document.security = [{ token: [] }];
      const compiled = compileDeclarativeConnector(importOpenApi(document).document);
      if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues.slice(0, 3)));

      const { output } = await runActionAgainst(
        compiled.connector,
        "issues_create",
        { baseUrl: api.base, authType: "bearer", credentials: { token: "canary-gh-token" } },
        { owner: "octo", repo: "hello", body: { title: "Bug" } },
      );
      expect(output).toEqual({ number: 1347, state: "open", title: "Bug" });
      const received = api.requests.at(-1)!;
      expect(received).toMatchObject({ method: "POST", url: "/repos/octo/hello/issues" });
      expect(received.headers.authorization).toBe("Bearer canary-gh-token");
      expect(JSON.parse(received.body)).toEqual({ title: "Bug" });
    }, 60_000);
  });
});
