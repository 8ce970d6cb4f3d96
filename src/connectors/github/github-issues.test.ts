import { afterEach, describe, expect, it } from "vitest";
import { runActionAgainst } from "@/test/connector-harness";
import { startLocalHttpServer, sendJson, type LocalHttpServer } from "@/test/local-http-server";
import issueClosed from "./fixtures/issue-closed.json";
import commentCreated from "./fixtures/issue-comment-created.json";
import { githubConnector } from ".";
import { loadOctokitScenario, replayOctokitFixture, type OctokitReplay } from "./replay-octokit-fixture";
import { expectGithubHeaders, expectNoCanary, oauthConnection, patConnection } from "./test-support";

let replay: OctokitReplay | undefined;
let api: LocalHttpServer | undefined;
afterEach(async () => {
  await replay?.close();
  await api?.close();
  replay = api = undefined;
});

describe("github.list_issues (octokit fixture paginate-issues)", () => {
  it("walks GitHub's Link pages to the last one and returns every issue, newest first", async () => {
    replay = await replayOctokitFixture("paginate-issues");
    const { output, calls } = await runActionAgainst(githubConnector, "list_issues", patConnection(replay.base), { owner: "octokit-fixture-org", repo: "paginate-issues", perPage: 3 });
    replay.assertDone();
    const result = output as { issues: { number: number; title: string }[]; pages: number; hasMore: boolean };
    expect(result.pages).toBe(5);
    expect(result.hasMore).toBe(false);
    expect(result.issues.map((issue) => issue.number)).toEqual([13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(result.issues[0]).toMatchObject({ title: "Test issue 13", state: "open", comments: 42, user: { login: "octokit-fixture-user-a" } });
    // The first page by owner/repo, the next ones by the Link header's /repositories/1000 URLs.
    expect(replay.server.requests.map((r) => r.url)).toEqual([
      "/repos/octokit-fixture-org/paginate-issues/issues?per_page=3",
      "/repositories/1000/issues?per_page=3&page=2",
      "/repositories/1000/issues?per_page=3&page=3",
      "/repositories/1000/issues?per_page=3&page=4",
      "/repositories/1000/issues?per_page=3&page=5",
    ]);
    for (const request of replay.server.requests) expectGithubHeaders(request);
    expect(calls).toHaveLength(5);
    expectNoCanary(calls, output);
  });

  it("stops at maxPages and says more pages remain", async () => {
    replay = await replayOctokitFixture("paginate-issues");
    const { output } = await runActionAgainst(githubConnector, "list_issues", oauthConnection(replay.base), { owner: "octokit-fixture-org", repo: "paginate-issues", perPage: 3, maxPages: 2 });
    expect(output).toMatchObject({ pages: 2, hasMore: true });
    expect((output as { issues: unknown[] }).issues).toHaveLength(6);
    expect(replay.pending()).toHaveLength(3);
    expect(replay.problems).toEqual([]);
  });

  it("sends the filters as GitHub's query parameters and can leave pull requests out", async () => {
    api = await startLocalHttpServer();
    const [issue] = loadOctokitScenario("paginate-issues")[0]!.response as Record<string, unknown>[];
    api.route("/repos/octocat/Hello-World/issues", (_req, res) => sendJson(res, 200, [issue, { ...issue, id: 1001, number: 14, pull_request: { url: "https://api.github.com/repos/octocat/Hello-World/pulls/14" } }]));
    const input = { owner: "octocat", repo: "Hello-World", state: "all", labels: ["bug", "ui"], assignee: "octocat", sort: "updated", direction: "asc", since: "2024-05-01T00:00:00Z", excludePullRequests: true };
    const { output } = await runActionAgainst(githubConnector, "list_issues", patConnection(api.base), input);
    const query = Object.fromEntries(new URL(api.requests[0]!.url, api.base).searchParams);
    expect(query).toEqual({ state: "all", labels: "bug,ui", assignee: "octocat", sort: "updated", direction: "asc", since: "2024-05-01T00:00:00Z", per_page: "100" });
    expect((output as { issues: { number: number }[] }).issues.map((i) => i.number)).toEqual([13]);
  });
});

describe("github.create_issue and github.add_labels (octokit fixture add-labels-to-issue)", () => {
  it("creates the issue with only the given fields, then adds the labels", async () => {
    replay = await replayOctokitFixture("add-labels-to-issue");
    const connection = patConnection(replay.base);
    const created = await runActionAgainst(githubConnector, "create_issue", connection, { owner: "octokit-fixture-org", repo: "add-labels-to-issue", title: "Issue without a label" });
    expect(created.output).toMatchObject({ number: 1, title: "Issue without a label", state: "open", labels: [], html_url: "https://github.com/octokit-fixture-org/add-labels-to-issue/issues/1" });
    const labelled = await runActionAgainst(githubConnector, "add_labels", connection, { owner: "octokit-fixture-org", repo: "add-labels-to-issue", issueNumber: 1, labels: ["Foo", "bAr", "baZ"] });
    expect((labelled.output as { name: string; color: string }[]).map((l) => [l.name, l.color])).toEqual([["Foo", "ededed"], ["bAr", "ededed"], ["baZ", "ededed"]]);
    replay.assertDone(); // each request carried the recorded JSON body
    expect(replay.server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(["POST /repos/octokit-fixture-org/add-labels-to-issue/issues", "POST /repos/octokit-fixture-org/add-labels-to-issue/issues/1/labels"]);
    for (const request of replay.server.requests) {
      expectGithubHeaders(request);
      expect(request.headers["content-type"]).toMatch(/^application\/json/);
    }
    expectNoCanary(created, labelled);
  });

  it("sends labels, assignees and milestone when given", async () => {
    api = await startLocalHttpServer();
    const issue = loadOctokitScenario("add-labels-to-issue")[0]!.response;
    api.route("/repos/octocat/Hello-World/issues", (_req, res) => sendJson(res, 201, issue));
    await runActionAgainst(githubConnector, "create_issue", patConnection(api.base), { owner: "octocat", repo: "Hello-World", title: "Bug", body: "Details", labels: ["bug"], assignees: ["octocat"], milestone: 3 });
    expect(JSON.parse(api.requests[0]!.body)).toEqual({ title: "Bug", body: "Details", labels: ["bug"], assignees: ["octocat"], milestone: 3 });
  });
});

describe("github.search_issues (octokit fixture search-issues)", () => {
  it("sends the query as q and returns the count and items", async () => {
    replay = await replayOctokitFixture("search-issues");
    const { output } = await runActionAgainst(githubConnector, "search_issues", patConnection(replay.base), { q: "sesame repo:octokit-fixture-org/search-issues" });
    replay.assertDone();
    expect(output).toMatchObject({ total_count: 2, incomplete_results: false });
    expect((output as { items: { number: number; title: string; score: number }[] }).items.map((i) => [i.number, i.title, i.score])).toEqual([
      [2, "Sesame seeds split without a pop!", 42],
      [1, "The doors don’t open", 42],
    ]);
    expectGithubHeaders(replay.server.requests[0]);
  });
});

describe("github.create_label (octokit fixture errors)", () => {
  it("turns GitHub's real 422 Validation Failed into a message naming the invalid field", async () => {
    replay = await replayOctokitFixture("errors");
    const failure = await runActionAgainst(githubConnector, "create_label", patConnection(replay.base), { owner: "octokit-fixture-org", repo: "errors", name: "foo", color: "invalid" }).catch((e: unknown) => e);
    replay.assertDone();
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/^GitHub answered 422: the request was rejected \(Validation Failed \[\{"resource":"Label","code":"invalid","field":"color"\}\]\)\. Check the step's input\.$/);
    expect((failure as Error).message).toMatch(/Check the step's input\.$/);
    expectNoCanary(failure);
  });

  it("strips a leading # from the color", async () => {
    api = await startLocalHttpServer();
    api.route("/repos/octocat/Hello-World/labels", (_req, res) => sendJson(res, 201, { id: 208045946, node_id: "MDU6TGFiZWwyMDgwNDU5NDY=", name: "needs triage", color: "0e8a16", description: null, default: false }));
    const { output } = await runActionAgainst(githubConnector, "create_label", patConnection(api.base), { owner: "octocat", repo: "Hello-World", name: "needs triage", color: "#0e8a16" });
    expect(JSON.parse(api.requests[0]!.body)).toEqual({ name: "needs triage", color: "0e8a16" });
    expect(output).toMatchObject({ id: 208045946, name: "needs triage" });
  });
});

describe("github.get_issue, update_issue, create_issue_comment", () => {
  it("reads an issue by number", async () => {
    api = await startLocalHttpServer();
    api.route("/repos/octokit-fixture-org/add-labels-to-issue/issues/1", (_req, res) => sendJson(res, 200, loadOctokitScenario("add-labels-to-issue")[0]!.response));
    const { output } = await runActionAgainst(githubConnector, "get_issue", patConnection(api.base), { owner: "octokit-fixture-org", repo: "add-labels-to-issue", issueNumber: 1 });
    expect(api.requests[0]).toMatchObject({ method: "GET", url: "/repos/octokit-fixture-org/add-labels-to-issue/issues/1" });
    expectGithubHeaders(api.requests[0]);
    expect(output).toMatchObject({ number: 1, title: "Issue without a label", closed_at: null });
  });

  it("closes an issue with a reason, sending state_reason", async () => {
    api = await startLocalHttpServer();
    api.route("/repos/octocat/Hello-World/issues/1347", (_req, res) => sendJson(res, 200, issueClosed));
    const { output } = await runActionAgainst(githubConnector, "update_issue", patConnection(api.base), { owner: "octocat", repo: "Hello-World", issueNumber: 1347, state: "closed", stateReason: "completed" });
    expect(api.requests[0]).toMatchObject({ method: "PATCH", url: "/repos/octocat/Hello-World/issues/1347" });
    expect(JSON.parse(api.requests[0]!.body)).toEqual({ state: "closed", state_reason: "completed" });
    expect(output).toMatchObject({ state: "closed", state_reason: "completed", closed_at: "2024-06-11T09:15:02Z", labels: [{ name: "bug" }] });
    await expect(runActionAgainst(githubConnector, "update_issue", patConnection(api.base), { owner: "octocat", repo: "Hello-World", issueNumber: 1347 })).rejects.toThrow(/at least one field/);
    expect(api.requests).toHaveLength(1);
  });

  it("comments on an issue", async () => {
    api = await startLocalHttpServer();
    api.route("/repos/octocat/Hello-World/issues/1347/comments", (_req, res) => sendJson(res, 201, commentCreated));
    const body = "Thanks for the report! A fix ships in **v2.4.1**.";
    const { output } = await runActionAgainst(githubConnector, "create_issue_comment", patConnection(api.base), { owner: "octocat", repo: "Hello-World", issueNumber: 1347, body });
    expect(api.requests[0]).toMatchObject({ method: "POST", url: "/repos/octocat/Hello-World/issues/1347/comments" });
    expect(JSON.parse(api.requests[0]!.body)).toEqual({ body });
    expectGithubHeaders(api.requests[0]);
    expect(output).toMatchObject({ id: 2161393721, body, html_url: "https://github.com/octocat/Hello-World/issues/1347#issuecomment-2161393721", user: { login: "octocat" } });
  });
});
