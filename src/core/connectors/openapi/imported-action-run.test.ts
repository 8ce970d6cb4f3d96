import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runActionAgainst } from "@/test/connector-harness";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { compileDeclarativeConnectorOrThrow } from "../declarative/compile-declarative";
import { importOpenApi } from "./index";

/** A slice of GitHub's API as a small hand-written 3.1 document, with the bearer scheme GitHub's own description leaves out. */
const ISSUES_API = {
  openapi: "3.1.0",
  info: { title: "Issues", version: "1" },
  servers: [{ url: "https://api.github.com" }],
  security: [{ token: [] }],
  paths: {
    "/repos/{owner}/{repo}/issues": {
      parameters: [
        { name: "owner", in: "path", required: true, schema: { type: "string" } },
        { name: "repo", in: "path", required: true, schema: { type: "string" } },
      ],
      post: {
        operationId: "issues/create",
        summary: "Create an issue",
        parameters: [{ name: "dry_run", in: "query", schema: { type: "boolean" } }],
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/NewIssue" } } } },
      },
    },
  },
  components: {
    schemas: { NewIssue: { type: "object", required: ["title"], properties: { title: { type: "string" }, labels: { type: "array", items: { type: "string" } } } } },
    securitySchemes: { token: { type: "http", scheme: "bearer" } },
  },
};

describe("an imported action, run through the real outbound path", () => {
  let api: LocalHttpServer;
  beforeAll(async () => {
    api = await startLocalHttpServer();
    api.route("/repos/octo/hello/issues", (req, res, _hit, body) => sendJson(res, 201, { number: 7, title: (JSON.parse(body) as { title: string }).title, method: req.method }));
  });
  afterAll(() => api.close());

  it("sends the path, query, JSON body and bearer token, and returns the server's answer", async () => {
    const { document, warnings } = importOpenApi(ISSUES_API);
    expect(warnings).toEqual([]);
    const connector = compileDeclarativeConnectorOrThrow(document);
    const { output, calls } = await runActionAgainst(
      connector,
      "issues_create",
      { baseUrl: api.base, authType: "bearer", credentials: { token: "canary-token-123" } },
      { owner: "octo", repo: "hello", dry_run: true, body: { title: "Bug", labels: ["bug"] } },
    );
    expect(output).toEqual({ number: 7, title: "Bug", method: "POST" });
    const received = api.requests.at(-1)!;
    expect(received).toMatchObject({ method: "POST", url: "/repos/octo/hello/issues?dry_run=true" });
    expect(received.headers.authorization).toBe("Bearer canary-token-123");
    expect(received.headers["content-type"]).toMatch(/^application\/json/);
    expect(JSON.parse(received.body)).toEqual({ title: "Bug", labels: ["bug"] });
    expect(calls).toHaveLength(1);
    expect(JSON.stringify(calls)).not.toContain("canary-token-123");
  });

  it("refuses input the imported schema does not allow, before any request", async () => {
    const connector = compileDeclarativeConnectorOrThrow(importOpenApi(ISSUES_API).document);
    const before = api.requests.length;
    await expect(runActionAgainst(connector, "issues_create", { baseUrl: api.base, authType: "bearer", credentials: { token: "t" } }, { owner: "octo", repo: "hello", body: { labels: ["no title"] } })).rejects.toThrow();
    expect(api.requests.length).toBe(before);
  });
});
