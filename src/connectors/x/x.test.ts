import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConnectorActionError, describeConnector } from "@/core/connectors";
import { runActionAgainst, type HarnessConnection } from "@/test/connector-harness";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { xConnector } from ".";
import posts from "./fixtures/posts.json";
import users from "./fixtures/users.json";

const CANARY = "canary-x-token-AAAAAAAAAAAA-5b1e9d-never-leak";
let api: LocalHttpServer;

beforeEach(async () => {
  api = await startLocalHttpServer();
});
afterEach(async () => {
  await api.close();
});

const appOnly = (): HarnessConnection => ({ baseUrl: api.base, authType: "bearer", credentials: { token: CANARY } });
const signedIn = (): HarnessConnection => ({ baseUrl: api.base, authType: "oauth2", credentials: { accessToken: CANARY } });

/** Runs an action and checks that the secret reached the server but nothing the step keeps. */
async function run(actionId: string, input: unknown, connection = signedIn()) {
  const { output, calls } = await runActionAgainst(xConnector, actionId, connection, input);
  expect(JSON.stringify(calls)).not.toContain(CANARY);
  expect(JSON.stringify(output)).not.toContain(CANARY);
  for (const request of api.requests) expect(request.headers.authorization).toBe(`Bearer ${CANARY}`);
  return { output, calls };
}

async function failure(actionId: string, input: unknown, connection = signedIn()): Promise<Error> {
  const error = await runActionAgainst(xConnector, actionId, connection, input).then(() => undefined, (thrown: unknown) => thrown);
  if (!(error instanceof Error)) throw new Error(`${actionId} should have failed`);
  expect(error.message).not.toContain(CANARY);
  return error;
}

describe("x connector definition", () => {
  it("loads with OAuth 2.0 (PKCE) and an app-only bearer token, and every input has a JSON Schema", () => {
    expect(xConnector.oauth).toMatchObject({
      app: "x",
      authorizeUrl: "https://x.com/i/oauth2/authorize",
      tokenUrl: "https://api.x.com/2/oauth2/token",
      scopes: ["tweet.read", "tweet.write", "users.read", "offline.access"],
      pkce: true,
      clientAuth: "client_secret_basic",
    });
    const described = describeConnector(xConnector);
    expect(described.auth.map((auth) => auth.type)).toEqual(["oauth2", "bearer"]);
    expect(described.auth[1]!.fields[0]).toMatchObject({ key: "token", label: "Bearer token", secret: true });
    expect(described.actions.map((action) => action.id)).toEqual(["x.create_post", "x.delete_post", "x.get_post", "x.get_me", "x.get_user_by_username", "x.search_recent", "x.get_user_posts"]);
    const search = described.actions.find((action) => action.id === "x.search_recent")!.inputSchema as { properties: Record<string, { examples?: unknown[] }>; required: string[] };
    expect(search.required).toEqual(["query"]);
    expect(search.properties.query!.examples).toContain("from:XDevelopers -is:retweet");
    expect(described.triggers).toEqual([expect.objectContaining({ id: "x.new_mention", kind: "polling" })]);
    expect(xConnector.rateLimit).toEqual({ requests: 300, perMs: 900_000 });
  });

  it("describes every input field with a description and an example (the form shows both)", () => {
    for (const action of describeConnector(xConnector).actions) {
      const properties = (action.inputSchema as { properties: Record<string, { description?: string; examples?: unknown[] }> }).properties;
      for (const [name, field] of Object.entries(properties)) {
        expect(field.description, `${action.id}.${name}`).toBeTruthy();
        expect(field.examples?.length, `${action.id}.${name}`).toBeGreaterThan(0);
      }
    }
  });
});

describe("x posts", () => {
  it("create_post sends the text, reply and quote as JSON and returns the new post", async () => {
    api.route("/2/tweets", (_req, res) => sendJson(res, 201, posts.created));
    const { output } = await run("create_post", { text: "Release 2.4 is out: faster builds and a new CLI. https://example.com/changelog", replyToPostId: "1897221187310739561", quotePostId: "1897190045117014370" });
    const [request] = api.requests;
    expect(request).toMatchObject({ method: "POST", url: "/2/tweets" });
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request!.body)).toEqual({
      text: "Release 2.4 is out: faster builds and a new CLI. https://example.com/changelog",
      reply: { in_reply_to_tweet_id: "1897221187310739561" },
      quote_tweet_id: "1897190045117014370",
    });
    expect(output).toEqual(posts.created);
  });

  it("create_post refuses a text over 280 characters as X counts them, before calling X", async () => {
    const error = await failure("create_post", { text: `${"a".repeat(250)} https://example.com/${"x".repeat(60)} 🎉🎉🎉` });
    expect(error.message).toContain("the post is 281 characters as X counts them");
    expect((await failure("create_post", { text: "漢".repeat(141) })).message).toContain("the post is 282 characters as X counts them (each link counts 23, emoji and CJK characters 2); X allows 280, so shorten it by 2");
    expect(api.requests).toHaveLength(0);
  });

  it("delete_post deletes by id, and fails when X says it did not", async () => {
    api.route("/2/tweets/1897231846405816455", (_req, res, hit) => sendJson(res, 200, hit === 1 ? posts.deleted : { data: { deleted: false } }));
    const { output } = await run("delete_post", { id: "1897231846405816455" });
    expect(api.requests[0]).toMatchObject({ method: "DELETE", url: "/2/tweets/1897231846405816455" });
    expect(output).toEqual({ data: { deleted: true } });
    const error = await failure("delete_post", { id: "1897231846405816455" });
    expect(error).toBeInstanceOf(ConnectorActionError);
    expect(error.message).toBe("X did not delete post 1897231846405816455; check that it belongs to the signed-in user.");
  });

  it("get_post asks for the fields and the author, and a deleted post fails with X's detail", async () => {
    const post = posts.searchPage1.data[0]!;
    api.route(`/2/tweets/${post.id}`, (_req, res) => sendJson(res, 200, { data: post, includes: { users: [posts.searchPage1.includes.users[0]] } }));
    api.route("/2/tweets/1460323737035677698", (_req, res) =>
      sendJson(res, 200, { errors: [{ value: "1460323737035677698", detail: "Could not find tweet with id: [1460323737035677698].", title: "Not Found Error", resource_type: "tweet", parameter: "id", resource_id: "1460323737035677698", type: "https://api.twitter.com/2/problems/resource-not-found" }] }),
    );
    const { output } = await run("get_post", { id: post.id, tweetFields: ["created_at", "public_metrics"] }, appOnly());
    expect(api.requests[0]!.url).toBe(`/2/tweets/${post.id}?tweet.fields=created_at%2Cpublic_metrics&expansions=author_id&user.fields=name%2Cusername%2Cverified`);
    expect(output).toEqual({ data: post, includes: { users: [posts.searchPage1.includes.users[0]] } });
    expect((await failure("get_post", { id: "1460323737035677698" })).message).toBe(
      "X answered with an error: Could not find tweet with id: [1460323737035677698]. (Not Found Error). Check the post's id; the post may have been deleted or its author may be protected or suspended.",
    );
  });

  it("refuses a post id that is not X's numeric id (no path tricks)", async () => {
    expect((await failure("delete_post", { id: "../users/me" })).message).toContain("numeric id X gives it");
    expect(api.requests).toHaveLength(0);
  });
});

describe("x users", () => {
  it("get_me asks for the chosen user fields", async () => {
    api.route("/2/users/me", (_req, res) => sendJson(res, 200, users.me));
    const { output } = await run("get_me", { userFields: ["created_at", "public_metrics"] });
    expect(api.requests[0]!.url).toBe("/2/users/me?user.fields=created_at%2Cpublic_metrics");
    expect(output).toMatchObject({ data: { id: "1519375316237824000", username: "ada_junction", public_metrics: { followers_count: 1204 } } });
  });

  it("get_user_by_username takes a handle with '@' and works with an app-only token", async () => {
    api.route("/2/users/by/username/XDevelopers", (_req, res) => sendJson(res, 200, users.xdevelopers));
    const { output } = await run("get_user_by_username", { username: "@XDevelopers" }, appOnly());
    expect(api.requests[0]!.url).toBe("/2/users/by/username/XDevelopers?user.fields=created_at%2Cdescription%2Cprofile_image_url%2Cpublic_metrics%2Cverified");
    expect(output).toEqual(users.xdevelopers);
  });

  it("an unknown user (200 with an errors array) fails with X's detail", async () => {
    api.route("/2/users/by/username/nobody", (_req, res) => sendJson(res, 200, users.notFound));
    const error = await failure("get_user_by_username", { username: "nobody" });
    expect(error).toBeInstanceOf(ConnectorActionError);
    expect(error.message).toBe(
      'X answered with an error: Could not find user with username: [nobody]. (Not Found Error). Check the username (the @handle without "@"); the account may have been renamed, suspended or deleted.',
    );
  });

  it("a rejected token gives the outbound client's 401 message, without the token even when X echoes it", async () => {
    api.route("/2/users/me", (req, res) => sendJson(res, 401, { ...users.unauthorized, detail: `Unauthorized ${String(req.headers.authorization)}` }));
    const error = await failure("get_me", {});
    expect(error.message).toMatch(/^X \(Twitter\) answered 401: the token was rejected \(Unauthorized \[redacted\]\); reconnect the connection or update its credentials\.$/);
  });
});
