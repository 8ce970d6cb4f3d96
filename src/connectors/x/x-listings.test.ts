import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConnectorActionError } from "@/core/connectors";
import { runActionAgainst } from "@/test/connector-harness";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { xConnector } from ".";
import posts from "./fixtures/posts.json";

const CANARY = "canary-x-token-AAAAAAAAAAAA-5b1e9d-never-leak";
let api: LocalHttpServer;

beforeEach(async () => {
  api = await startLocalHttpServer();
});
afterEach(async () => {
  await api.close();
});

async function run(actionId: string, input: unknown) {
  const { output, calls } = await runActionAgainst(xConnector, actionId, { baseUrl: api.base, authType: "bearer", credentials: { token: CANARY } }, input);
  expect(JSON.stringify(calls)).not.toContain(CANARY);
  for (const request of api.requests) expect(request.headers.authorization).toBe(`Bearer ${CANARY}`);
  return { output, calls };
}

const queryOf = (url: string) => Object.fromEntries(new URL(url, "http://x").searchParams);

describe("x.search_recent", () => {
  it("walks next_token pages until the last, merging the authors each page brings", async () => {
    api.route("/2/tweets/search/recent", (req, res) => sendJson(res, 200, queryOf(req.url!).next_token ? posts.searchPage2 : posts.searchPage1));
    const { output, calls } = await run("search_recent", { query: "#buildinpublic lang:en", maxResults: 100, startTime: "2025-03-04T12:00:00.000+01:00" });
    expect(api.requests.map((request) => queryOf(request.url))).toEqual([
      {
        query: "#buildinpublic lang:en",
        max_results: "100",
        start_time: "2025-03-04T11:00:00Z",
        "tweet.fields": "created_at,author_id,conversation_id,lang,public_metrics",
        expansions: "author_id",
        "user.fields": "name,username,profile_image_url,verified",
      },
      expect.objectContaining({ query: "#buildinpublic lang:en", next_token: "b26v89c19zqg8o3fpzbkk8uhlmgv1ptfwm5q2on2oh1ml" }),
    ]);
    expect(calls).toHaveLength(2);
    expect(output).toEqual({
      items: [...posts.searchPage1.data, ...posts.searchPage2.data],
      includes: { users: posts.searchPage1.includes.users },
      pages: 2,
      hasMore: false,
    });
  });

  it("stops at maxPages and says there is more", async () => {
    api.route("/2/tweets/search/recent", (_req, res) => sendJson(res, 200, posts.searchPage1));
    const { output } = await run("search_recent", { query: "#buildinpublic", maxPages: 1 });
    expect(api.requests).toHaveLength(1);
    expect(output).toMatchObject({ pages: 1, hasMore: true, items: posts.searchPage1.data });
  });

  it("an invalid query that X reports in an errors array fails with its message", async () => {
    api.route("/2/tweets/search/recent", (_req, res) =>
      sendJson(res, 200, { errors: [{ parameters: { query: ["from:"] }, message: "There were errors processing your request: Reference to invalid field 'from:' (at position 1)" }] }),
    );
    const error = await run("search_recent", { query: "from:" }).then(() => undefined, (thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConnectorActionError);
    expect((error as Error).message).toBe("X answered with an error: There were errors processing your request: Reference to invalid field 'from:' (at position 1). Check the search query and its operators.");
  });
});

describe("x.get_user_posts", () => {
  it("pages with pagination_token and takes an empty page (no data) as no posts", async () => {
    api.route("/2/users/2244994945/tweets", (req, res) => sendJson(res, 200, queryOf(req.url!).pagination_token ? posts.emptyTimeline : posts.searchPage1));
    const { output } = await run("get_user_posts", { userId: "2244994945", exclude: ["replies", "retweets"], maxResults: 5, tweetFields: ["created_at"] });
    expect(api.requests.map((request) => queryOf(request.url))).toEqual([
      { max_results: "5", exclude: "replies,retweets", "tweet.fields": "created_at", expansions: "author_id", "user.fields": "name,username,profile_image_url,verified" },
      expect.objectContaining({ exclude: "replies,retweets", pagination_token: "b26v89c19zqg8o3fpzbkk8uhlmgv1ptfwm5q2on2oh1ml" }),
    ]);
    expect(output).toMatchObject({ items: posts.searchPage1.data, pages: 2, hasMore: false });
  });

  it("a suspended account fails with X's detail", async () => {
    api.route("/2/users/1111111111/tweets", (_req, res) =>
      sendJson(res, 200, {
        errors: [{ resource_id: "1111111111", parameter: "id", resource_type: "user", section: "data", title: "Forbidden", value: "1111111111", detail: "User has been suspended: [1111111111].", type: "https://api.twitter.com/2/problems/resource-not-found" }],
      }),
    );
    const error = await run("get_user_posts", { userId: "1111111111" }).then(() => undefined, (thrown: unknown) => thrown);
    expect((error as Error).message).toBe("X answered with an error: User has been suspended: [1111111111]. (Forbidden). Check the user id; the account may be protected, suspended or deleted.");
  });
});
