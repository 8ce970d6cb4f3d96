import { afterEach, describe, expect, it } from "vitest";
import { runActionAgainst } from "@/test/connector-harness";
import { startLocalHttpServer, sendJson, type LocalHttpServer } from "@/test/local-http-server";
import directoryContents from "./fixtures/directory-contents.json";
import fileContents from "./fixtures/file-contents.json";
import largeFileContents from "./fixtures/large-file-contents.json";
import { githubConnector } from ".";
import { replayOctokitFixture, type OctokitReplay } from "./replay-octokit-fixture";
import { expectGithubHeaders, expectNoCanary, patConnection } from "./test-support";

let replay: OctokitReplay | undefined;
let api: LocalHttpServer | undefined;
afterEach(async () => {
  await replay?.close();
  await api?.close();
  replay = api = undefined;
});

describe("github.get_repository (octokit fixture get-repository)", () => {
  it("reads the repository", async () => {
    replay = await replayOctokitFixture("get-repository");
    const { output, calls } = await runActionAgainst(githubConnector, "get_repository", patConnection(replay.base), { owner: "octokit-fixture-org", repo: "hello-world" });
    replay.assertDone();
    expectGithubHeaders(replay.server.requests[0]);
    expect(output).toMatchObject({ id: 1000, full_name: "octokit-fixture-org/hello-world", private: false, default_branch: "master", visibility: "public", owner: { login: "octokit-fixture-org" } });
    // Fields the schema does not name pass through.
    expect(output).toHaveProperty("permissions", { admin: true, maintain: true, push: true, triage: true, pull: true });
    expect(calls[0]).toMatchObject({ method: "GET", status: 200 });
    expectNoCanary(calls, output);
  });

  it("refuses an owner or repository that would change the path", async () => {
    api = await startLocalHttpServer();
    await expect(runActionAgainst(githubConnector, "get_repository", patConnection(api.base), { owner: "octocat", repo: ".." })).rejects.toThrow(/'\.' or '\.\.'/);
    await expect(runActionAgainst(githubConnector, "get_repository", patConnection(api.base), { owner: "octocat/Hello-World", repo: "x" })).rejects.toThrow(/owner/);
    expect(api.requests).toHaveLength(0);
  });
});

describe("github.create_or_update_file (octokit fixture create-file)", () => {
  it("creates a file from text, sent base64-encoded", async () => {
    replay = await replayOctokitFixture("create-file");
    const { output } = await runActionAgainst(githubConnector, "create_or_update_file", patConnection(replay.base), {
      owner: "octokit-fixture-org",
      repo: "create-file",
      path: "test.txt",
      message: "create test.txt",
      content: "Test content",
    });
    replay.assertDone(); // the body was exactly { message, content: "VGVzdCBjb250ZW50" }
    expect(replay.server.requests[0]).toMatchObject({ method: "PUT", url: "/repos/octokit-fixture-org/create-file/contents/test.txt" });
    expectGithubHeaders(replay.server.requests[0]);
    expect(output).toMatchObject({
      content: { type: "file", path: "test.txt", sha: "3f3f005b29247e51a4f4d6b8ce07b67646cd6074", size: 12 },
      commit: { sha: "0000000000000000000000000000000000000002", message: "create test.txt" },
    });
  });

  it("updates a file in a folder on a branch with its sha, encoding each path segment", async () => {
    api = await startLocalHttpServer();
    const answer = { content: { ...fileContents, content: undefined }, commit: { sha: "7638417db6d59f3c431d3e1f261cc637155684cd", message: "docs: update the changelog" } };
    api.route("/repos/octocat/Hello-World/contents/docs/release%20notes/CHANGELOG.md", (_req, res) => sendJson(res, 200, answer));
    const { output } = await runActionAgainst(githubConnector, "create_or_update_file", patConnection(api.base), {
      owner: "octocat",
      repo: "Hello-World",
      path: "/docs/release notes/CHANGELOG.md",
      message: "docs: update the changelog",
      content: "iVBORw0KGgo=\n",
      contentEncoding: "base64",
      sha: "95b966ae1c166bd92f8ae7d1c313e738c731dfc3",
      branch: "main",
      committer: { name: "Junction Bot", email: "bot@example.com" },
    });
    expect(api.requests[0]).toMatchObject({ method: "PUT", url: "/repos/octocat/Hello-World/contents/docs/release%20notes/CHANGELOG.md" });
    expect(JSON.parse(api.requests[0]!.body)).toEqual({
      message: "docs: update the changelog",
      content: "iVBORw0KGgo=",
      sha: "95b966ae1c166bd92f8ae7d1c313e738c731dfc3",
      branch: "main",
      committer: { name: "Junction Bot", email: "bot@example.com" },
    });
    expect(output).toMatchObject({ commit: { sha: "7638417db6d59f3c431d3e1f261cc637155684cd" } });
    await expect(runActionAgainst(githubConnector, "create_or_update_file", patConnection(api.base), { owner: "octocat", repo: "Hello-World", path: "docs/../.env", message: "x", content: "x" })).rejects.toThrow(/'\.\.'/);
    expect(api.requests).toHaveLength(1);
  });
});

describe("github.get_file", () => {
  it("reads a file at a ref and decodes its text", async () => {
    api = await startLocalHttpServer();
    api.route("/repos/octocat/Hello-World/contents/docs/CHANGELOG.md", (_req, res) => sendJson(res, 200, fileContents));
    const { output } = await runActionAgainst(githubConnector, "get_file", patConnection(api.base), { owner: "octocat", repo: "Hello-World", path: "docs/CHANGELOG.md", ref: "main" });
    expect(api.requests[0]).toMatchObject({ method: "GET", url: "/repos/octocat/Hello-World/contents/docs/CHANGELOG.md?ref=main" });
    expectGithubHeaders(api.requests[0]);
    expect(output).toMatchObject({ sha: "95b966ae1c166bd92f8ae7d1c313e738c731dfc3", path: "docs/CHANGELOG.md", text: "# Changelog\n\n## 2.4.0\n- Dark mode\n" });
  });

  it("says what to do when the path is a directory or the file is over 1 MB", async () => {
    api = await startLocalHttpServer();
    api.route("/repos/octocat/Hello-World/contents/docs", (_req, res) => sendJson(res, 200, directoryContents));
    api.route("/repos/octocat/Hello-World/contents/data/dataset.csv", (_req, res) => sendJson(res, 200, largeFileContents));
    const connection = patConnection(api.base);
    await expect(runActionAgainst(githubConnector, "get_file", connection, { owner: "octocat", repo: "Hello-World", path: "docs" })).rejects.toThrow(
      '"docs" is a directory in the repository, not a file; give the path of a file inside it (e.g. docs/README.md).',
    );
    await expect(runActionAgainst(githubConnector, "get_file", connection, { owner: "octocat", repo: "Hello-World", path: "data/dataset.csv" })).rejects.toThrow(
      "\"data/dataset.csv\" is 2483921 bytes, too large for GitHub's contents API to send (it sends files up to 1 MB); download it from https://raw.githubusercontent.com/octocat/Hello-World/main/data/dataset.csv instead.",
    );
  });
});
