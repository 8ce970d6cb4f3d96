import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { describeConnector } from "@/core/connectors";
import { harnessSession, runActionAgainst } from "@/test/connector-harness";
import { startLocalHttpServer, sendJson, type LocalHttpServer } from "@/test/local-http-server";
import type { HttpCallLog } from "@/server/http/http-request";
import badCredentials from "./fixtures/bad-credentials.json";
import repositoryNotFound from "./fixtures/repository-not-found.json";
import user from "./fixtures/user.json";
import issuesOpened from "./fixtures/webhook-issues-opened.json";
import push from "./fixtures/webhook-push.json";
import { githubConnector } from ".";
import { loadOctokitScenario } from "./replay-octokit-fixture";
import { CANARY_TOKEN, expectGithubHeaders, expectNoCanary, patConnection } from "./test-support";
import { githubEventOf } from "./triggers";

let api: LocalHttpServer | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe("githubConnector", () => {
  it("declares GitHub's OAuth app, a personal access token, the API and its limits", () => {
    expect(githubConnector).toMatchObject({ id: "github", name: "GitHub", icon: "github", baseUrl: "https://api.github.com", rateLimit: { requests: 5000, perMs: 3_600_000 }, pagination: { type: "link" } });
    expect(githubConnector.oauth).toMatchObject({
      app: "github",
      grant: "authorization_code",
      authorizeUrl: "https://github.com/login/oauth/authorize",
      tokenUrl: "https://github.com/login/oauth/access_token",
      scopes: ["repo", "read:user"],
      pkce: true,
      clientAuth: "client_secret_post",
    });
    expect(githubConnector.auth.map((a) => a.type)).toEqual(["oauth2", "bearer"]);
    expect(githubConnector.connectionBaseUrl?.example).toBe("https://github.example.com/api/v3");
  });

  it("describes every action's input as JSON Schema with a description and examples on each field", () => {
    const described = describeConnector(githubConnector);
    expect(described.actions.map((a) => a.id)).toEqual([
      "github.create_issue", "github.get_issue", "github.update_issue", "github.list_issues", "github.create_issue_comment", "github.add_labels",
      "github.create_label", "github.search_issues", "github.get_repository", "github.get_file", "github.create_or_update_file",
    ]);
    for (const action of described.actions) {
      const properties = action.inputSchema.properties as Record<string, { description?: string; examples?: unknown[] }>;
      for (const [name, field] of Object.entries(properties)) {
        expect(field.description, `${action.id}.${name}`).toMatch(/\w/);
        expect(field.examples?.length, `${action.id}.${name}`).toBeGreaterThan(0);
      }
    }
    const createIssue = described.actions.find((a) => a.id === "github.create_issue")!;
    expect(createIssue.inputSchema).toMatchObject({ required: ["owner", "repo", "title"] });
    const pat = described.auth.find((a) => a.type === "bearer")!;
    expect(pat.fields.map((f) => [f.key, f.label, f.secret])).toEqual([["token", "Personal access token", true], ["baseUrl", "API URL (GitHub Enterprise only)", false]]);
    expect(pat.fields[0]!.description).toMatch(/Personal access tokens/);
    expect(described.triggers).toEqual([expect.objectContaining({ id: "github.webhook", kind: "webhook" }), expect.objectContaining({ id: "github.new_issue", kind: "polling" })]);
    expect(JSON.parse(JSON.stringify(described))).toEqual(described);
  });
});

describe("connection test and errors", () => {
  it("tests a connection with GET /user and GitHub's headers", async () => {
    api = await startLocalHttpServer();
    api.route("/user", (_req, res) => sendJson(res, 200, user));
    const calls: HttpCallLog[] = [];
    const response = await harnessSession(githubConnector, patConnection(api.base), calls).request(githubConnector.test!);
    expect(response.body).toMatchObject({ login: "octocat", id: 583231 });
    expect(api.requests[0]).toMatchObject({ method: "GET", url: "/user" });
    expectGithubHeaders(api.requests[0]);
    expectNoCanary(calls);
    expect(JSON.stringify(calls)).toContain("/user");
  });

  it("reports a rejected token with the outbound client's 401 message, never repeating the token", async () => {
    api = await startLocalHttpServer();
    // A hostile or buggy server echoing the token back must not get it into the message.
    api.route("/repos/octocat/Hello-World", (req, res) => sendJson(res, 401, { ...badCredentials, echoed: req.headers.authorization }));
    const calls: HttpCallLog[] = [];
    const failure = await harnessSession(githubConnector, patConnection(api.base), calls).request({ method: "GET", path: "/repos/octocat/Hello-World" }).catch((e: unknown) => e);
    const viaAction = await runActionAgainst(githubConnector, "get_repository", patConnection(api.base), { owner: "octocat", repo: "Hello-World" }).catch((e: unknown) => e);
    for (const error of [failure, viaAction]) {
      expect((error as Error).message).toMatch(/^GitHub answered 401: the token was rejected \(Bad credentials\); reconnect the connection or update its credentials\.$/);
      expectNoCanary(error);
    }
    expectNoCanary(calls);
    expect(api.requests[0]!.headers.authorization).toBe(`Bearer ${CANARY_TOKEN}`);
  });

  it("reports a missing repository with the outbound client's 404 message", async () => {
    api = await startLocalHttpServer();
    api.route("/repos/octocat/does-not-exist", (_req, res) => sendJson(res, 404, repositoryNotFound));
    await expect(runActionAgainst(githubConnector, "get_repository", patConnection(api.base), { owner: "octocat", repo: "does-not-exist" })).rejects.toThrow(
      "GitHub answered 404: not found (Not Found). Check the URL and the ids in the step's input.",
    );
  });

  it("keeps a GitHub Enterprise Server's /api/v3 prefix", async () => {
    api = await startLocalHttpServer();
    api.route("/api/v3/repos/acme/platform/issues/7", (_req, res) => sendJson(res, 200, loadOctokitScenario("add-labels-to-issue")[0]!.response));
    const { output } = await runActionAgainst(githubConnector, "get_issue", patConnection(`${api.base}/api/v3`), { owner: "acme", repo: "platform", issueNumber: 7 });
    expect(api.requests[0]!.url).toBe("/api/v3/repos/acme/platform/issues/7");
    expect(output).toMatchObject({ number: 1 });
  });
});

describe("github.webhook trigger", () => {
  const trigger = githubConnector.triggers[0]!;
  const secret = "whsec-test-4f1c2b";
  const delivery = (event: string, body: unknown) => {
    const raw = JSON.stringify(body);
    return {
      raw,
      headers: {
        "content-type": "application/json",
        "user-agent": "GitHub-Hookshot/3ba4b1c",
        "x-github-event": event,
        "x-github-delivery": "72d3162e-cc78-11e3-81ab-4c9367dc0958",
        "x-github-hook-id": "481230179",
        "x-github-hook-installation-target-type": "repository",
        "x-github-hook-installation-target-id": "1296269",
        "x-hub-signature-256": `sha256=${createHmac("sha256", secret).update(raw).digest("hex")}`,
      },
      body: JSON.parse(raw) as unknown,
    };
  };

  it("is a GitHub-signed webhook listening for the usual events", () => {
    expect(trigger).toMatchObject({ kind: "webhook", signatureScheme: "github" });
    if (trigger.kind !== "webhook") throw new Error("expected a webhook trigger");
    expect(trigger.events).toEqual(expect.arrayContaining(["issues.opened", "issues.closed", "issue_comment.created", "pull_request.opened", "push", "release.published"]));
  });

  it("names an event by x-github-event and the body's action", () => {
    if (trigger.kind !== "webhook") throw new Error("expected a webhook trigger");
    const opened = delivery("issues", issuesOpened);
    expect(opened.headers["x-hub-signature-256"]).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(trigger.eventOf(opened)).toBe("issues.opened");
    expect(trigger.eventOf(delivery("push", push))).toBe("push");
    expect(trigger.eventOf(delivery("ping", { zen: "Design for failure.", hook_id: 481230179 }))).toBe("ping");
    expect(githubEventOf({ headers: { "X-GitHub-Event": "issue_comment" }, body: { action: "created" } })).toBe("issue_comment.created");
    expect(trigger.eventOf({ headers: { "content-type": "application/json" }, body: issuesOpened })).toBeUndefined();
    expect(trigger.output.parse(opened.body)).toMatchObject({ action: "opened", repository: { full_name: "octocat/Hello-World" }, sender: { login: "monalisa" }, issue: { number: 1347 } });
  });
});
