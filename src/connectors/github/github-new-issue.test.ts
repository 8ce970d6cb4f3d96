import { afterEach, describe, expect, it } from "vitest";
import { describeConnector } from "@/core/connectors";
import { pollTriggerAgainst } from "@/test/connector-harness";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import issueClosed from "./fixtures/issue-closed.json";
import { githubConnector } from ".";
import { newIssueInput } from "./new-issue-trigger";
import { expectGithubHeaders, expectNoCanary, patConnection } from "./test-support";

const ISSUES = "/repos/octocat/Hello-World/issues";
let api: LocalHttpServer | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const issue = (number: number, createdAt: string, pullRequest = false) => ({
  ...issueClosed,
  id: 2345870000 + number,
  number,
  title: `Issue ${number}`,
  created_at: createdAt,
  ...(pullRequest ? { pull_request: { url: `https://api.github.com/repos/octocat/Hello-World/pulls/${number}` } } : {}),
});

/** GitHub's list, newest first, cut into pages linked by rel="next". */
async function serveIssues(pages: unknown[][]) {
  api = await startLocalHttpServer();
  const base = api.base;
  api.route(ISSUES, (req, res) => {
    const page = Number(new URL(req.url ?? "", "http://x").searchParams.get("page") ?? "1");
    const next: Record<string, string> = page < pages.length ? { link: `<${base}${ISSUES}?state=all&sort=created&direction=desc&per_page=50&page=${page + 1}>; rel="next"` } : {};
    sendJson(res, 200, pages[page - 1] ?? [], next);
  });
  return api;
}

const poll = (cursor: string | undefined, input: Record<string, unknown> = {}) => pollTriggerAgainst(githubConnector, "new_issue", patConnection(api!.base), cursor, { owner: "octocat", repo: "Hello-World", ...input });
const numbers = (items: unknown[]) => items.map((item) => (item as { number: number }).number);

describe("github.new_issue", () => {
  it("is a polling trigger next to the webhook, once a minute, with its input described", () => {
    expect(describeConnector(githubConnector).triggers.map((t) => [t.id, t.kind])).toEqual([["github.webhook", "webhook"], ["github.new_issue", "polling"]]);
    expect(githubConnector.triggers[1]).toMatchObject({ kind: "polling", intervalMs: 60_000 });
  });

  it("first poll: one page of every state, newest created first, handed oldest first without pull requests; the cursor is the newest creation", async () => {
    await serveIssues([[issue(5, "2024-06-10T09:00:00Z", true), issue(4, "2024-06-10T08:30:00Z"), issue(2, "2024-06-10T08:00:00Z")], [issue(1, "2024-06-01T00:00:00Z")]]);
    const first = await poll(undefined);
    expect(api!.requests.map((r) => r.url)).toEqual([`${ISSUES}?state=all&sort=created&direction=desc&per_page=50`]);
    expectGithubHeaders(api!.requests[0]);
    expect(numbers(first.items)).toEqual([2, 4]);
    expect(first.keys).toEqual(["2345870002", "2345870004"]);
    expect(first.cursor).toBe("2024-06-10T09:00:00Z");
    expect(first.items[0]).toMatchObject({ title: "Issue 2", user: { login: "monalisa" }, labels: [{ name: "bug" }] });
    expectNoCanary(first.calls, first.items);
  });

  it("later polls keep issues created from the cursor's second on, oldest first, though GitHub answers older ones too", async () => {
    const page = [issue(7, "2024-06-10T09:05:00Z", true), issue(6, "2024-06-10T09:02:00Z"), issue(5, "2024-06-10T09:00:00Z"), issue(4, "2024-06-10T08:30:00Z"), issue(2, "2024-06-10T08:00:00Z")];
    await serveIssues([page, [issue(1, "2024-06-01T00:00:00Z")]]);
    const second = await poll("2024-06-10T09:00:00Z");
    // #5 was created in the cursor's second: given again, and dropped by the runtime, which has seen its id.
    expect(numbers(second.items)).toEqual([5, 6]);
    expect(second.keys).toEqual(["2345870005", "2345870006"]);
    expect(second.cursor).toBe("2024-06-10T09:05:00Z");
    // A page with an older issue is the last one read.
    expect(api!.requests).toHaveLength(1);
    const withPulls = await poll("2024-06-10T09:00:00Z", { includePullRequests: true });
    expect(numbers(withPulls.items)).toEqual([5, 6, 7]);
    const quiet = await poll("2024-06-10T09:05:00Z");
    expect(quiet).toMatchObject({ items: [], keys: [], cursor: "2024-06-10T09:05:00Z" });
    expectNoCanary(second.calls, withPulls.calls, quiet.calls);
  });

  it("a busy minute: pages are followed while every issue on them is new", async () => {
    await serveIssues([
      [issue(12, "2024-06-10T10:04:00Z"), issue(11, "2024-06-10T10:03:00Z")],
      [issue(10, "2024-06-10T10:02:00Z"), issue(9, "2024-06-10T10:01:00Z")],
      [issue(8, "2024-06-10T09:59:00Z")],
      [issue(3, "2024-06-01T00:00:00Z")],
    ]);
    const busy = await poll("2024-06-10T10:00:00Z");
    expect(numbers(busy.items)).toEqual([9, 10, 11, 12]);
    expect(api!.requests.map((r) => new URL(r.url, "http://x").searchParams.get("page"))).toEqual([null, "2", "3"]);
    for (const request of api!.requests) expectGithubHeaders(request);
  });

  it("an empty repository gives no cursor, so the next poll reads from the top again", async () => {
    await serveIssues([[]]);
    expect(await poll(undefined)).toMatchObject({ items: [], cursor: undefined });
  });

  it("validates its input with clear messages", () => {
    expect(newIssueInput.parse({ owner: " octocat ", repo: "Hello-World" })).toEqual({ owner: "octocat", repo: "Hello-World", includePullRequests: false });
    const messages = newIssueInput.safeParse({ owner: "octocat/Hello-World", repo: "..", includePullRequests: "yes" }).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual([
      "owner: an owner is a GitHub user or organization name: letters, digits, '-' or '_' (without /repo)",
      "repo: a repository cannot be named '.' or '..'",
      "includePullRequests: Invalid input: expected boolean, received string",
    ]);
    expect(newIssueInput.safeParse({}).error?.issues.map((i) => i.path.join("."))).toEqual(["owner", "repo"]);
  });

  it("reports a missing repository with GitHub's 404, never the token", async () => {
    api = await startLocalHttpServer();
    const error = await poll(undefined).catch((e: unknown) => e as Error);
    expect((error as Error).message).toBe("GitHub answered 404: not found (Not Found). Check the URL and the ids in the step's input.");
    expectNoCanary(error);
  });
});
