import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConnectorActionError, describeConnector } from "@/core/connectors";
import { runActionAgainst } from "@/test/connector-harness";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { slackConnector } from ".";
import historyLast from "./fixtures/conversations-history-last.json";
import historyPage from "./fixtures/conversations-history.json";
import listPage1 from "./fixtures/conversations-list-page1.json";
import listPage2 from "./fixtures/conversations-list-page2.json";
import lookupByEmail from "./fixtures/lookup-by-email.json";
import postMessage from "./fixtures/post-message.json";
import updateMessage from "./fixtures/update-message.json";

const TOKEN = "xoxb-CANARY-7f3a9c-do-not-leak";
let api: LocalHttpServer;
const connection = () => ({ baseUrl: api.base, authType: "bearer", credentials: { token: TOKEN } });
const run = (action: string, input: unknown) => runActionAgainst(slackConnector, action, connection(), input);
const lastRequest = () => api.requests.at(-1)!;

beforeAll(async () => {
  api = await startLocalHttpServer();
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the step to fail");
}

function expectNoCanary(...values: unknown[]) {
  for (const value of values) expect(JSON.stringify(value)).not.toContain("CANARY");
}

describe("slack connector definition", () => {
  it("loads with its auth, limits and a JSON Schema for every action input", () => {
    const described = describeConnector(slackConnector);
    expect(described.auth.map((a) => a.type)).toEqual(["oauth2", "bearer"]);
    expect(slackConnector.oauth).toMatchObject({ app: "slack", tokenUrl: "https://slack.com/api/oauth.v2.access", scopeSeparator: ",", pkce: false, clientAuth: "client_secret_post" });
    expect(described.auth[0]!.scopes).toContain("channels:history");
    expect(described.auth[1]!.fields[0]).toMatchObject({ key: "token", label: "Bot User OAuth Token", secret: true, example: "xoxb-…" });
    expect(slackConnector.rateLimit).toEqual({ requests: 50, perMs: 60_000 });
    expect(slackConnector.test).toEqual({ method: "POST", path: "/auth.test" });
    expect(described.actions.map((a) => a.id)).toEqual(["slack.send_message", "slack.update_message", "slack.list_channels", "slack.get_channel_history", "slack.add_reaction", "slack.find_user_by_email"]);
    for (const action of described.actions) expect(action.inputSchema.type).toBe("object");
    const send = described.actions[0]!.inputSchema as { properties: Record<string, { description?: string; examples?: unknown[] }>; required: string[] };
    expect(send.required).toEqual(["channel", "text"]);
    expect(send.properties.channel!.examples).toEqual(["C0123456789"]);
    const reaction = described.actions[4]!.inputSchema as { properties: Record<string, { type?: string }> };
    expect(reaction.properties.name!.type).toBe("string");
    expect(described.triggers).toEqual([
      expect.objectContaining({ id: "slack.event", kind: "webhook" }),
      expect.objectContaining({ id: "slack.new_channel", kind: "polling" }),
    ]);
  });
});

describe("slack.send_message", () => {
  it("posts JSON to chat.postMessage with the bot token and returns ts, channel and message", async () => {
    api.route("/chat.postMessage", (_req, res) => sendJson(res, 200, postMessage));
    const blocks = [{ type: "section", text: { type: "mrkdwn", text: "*Deploy finished*" } }];
    const { output, calls } = await run("send_message", { channel: "C06A1B2C3D4", text: "Deploy of *api* finished :white_check_mark:", blocks, thread_ts: "1712345600.000100" });
    const sent = lastRequest();
    expect(sent.method).toBe("POST");
    expect(sent.url).toBe("/chat.postMessage");
    expect(sent.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(sent.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(JSON.parse(sent.body)).toEqual({ channel: "C06A1B2C3D4", text: "Deploy of *api* finished :white_check_mark:", blocks, thread_ts: "1712345600.000100" });
    expect(output).toMatchObject({ ok: true, channel: "C06A1B2C3D4", ts: "1712345678.123456", message: { bot_id: "B06BOT67890", text: "Deploy of *api* finished :white_check_mark:" } });
    // The full answer passes through (loose schemas).
    expect((output as { message: { bot_profile: { name: string } } }).message.bot_profile.name).toBe("Junction");
    expect(calls).toHaveLength(1);
    expectNoCanary(calls, output);
  });

  it("turns { ok: false, error: not_in_channel } into an actionable error without the token", async () => {
    api.route("/chat.postMessage", (_req, res) => sendJson(res, 200, { ok: false, error: "not_in_channel" }));
    const failure = await failureOf(run("send_message", { channel: "C06A1B2C3D4", text: "hi" }));
    expect(failure).toBeInstanceOf(ConnectorActionError);
    expect(failure.message).toBe(
      "Slack chat.postMessage failed (not_in_channel): the bot is not a member of this channel. Invite it with /invite @YourApp in the channel, or add the chat:write.public scope to post in public channels without joining.",
    );
    expectNoCanary(failure.message);
  });

  it("refuses a bad thread_ts before calling Slack", async () => {
    await expect(run("send_message", { channel: "C1", text: "hi", thread_ts: "yesterday" })).rejects.toThrow(/1712345678\.123456/);
    expect(api.requests).toHaveLength(0);
  });
});

describe("slack.update_message", () => {
  it("posts channel, ts and the new text to chat.update", async () => {
    api.route("/chat.update", (_req, res) => sendJson(res, 200, updateMessage));
    const { output } = await run("update_message", { channel: "C06A1B2C3D4", ts: "1712345678.123456", text: "Deploy of *api* rolled back :warning:" });
    expect(lastRequest().method).toBe("POST");
    expect(JSON.parse(lastRequest().body)).toEqual({ channel: "C06A1B2C3D4", ts: "1712345678.123456", text: "Deploy of *api* rolled back :warning:" });
    expect(output).toMatchObject({ ok: true, ts: "1712345678.123456", text: "Deploy of *api* rolled back :warning:", message: { edited: { ts: "1712345999.000000" } } });
  });

  it("needs text or blocks, and explains cant_update_message", async () => {
    await expect(run("update_message", { channel: "C1", ts: "1712345678.123456" })).rejects.toThrow(/give the new text, blocks or both/);
    api.route("/chat.update", (_req, res) => sendJson(res, 200, { ok: false, error: "cant_update_message" }));
    await expect(run("update_message", { channel: "C1", ts: "1712345678.123456", text: "x" })).rejects.toThrow("Slack chat.update failed (cant_update_message): the bot may only edit messages it posted itself.");
  });
});

describe("slack.list_channels", () => {
  it("walks the cursor pages and stops at the empty next_cursor", async () => {
    api.route("/conversations.list", (req, res) => sendJson(res, 200, new URL(req.url!, "http://x").searchParams.get("cursor") ? listPage2 : listPage1));
    const { output, calls } = await run("list_channels", { types: ["public_channel", "private_channel"] });
    expect(api.requests.map((r) => r.url)).toEqual([
      "/conversations.list?types=public_channel%2Cprivate_channel&exclude_archived=true&limit=200",
      "/conversations.list?types=public_channel%2Cprivate_channel&exclude_archived=true&limit=200&cursor=dGVhbTpDMDYxRkE1UEI%3D",
    ]);
    expect(api.requests.every((r) => r.method === "GET" && r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    const { items, pages, hasMore } = output as { items: { id: string; name: string }[]; pages: number; hasMore: boolean };
    expect(items.map((c) => c.name)).toEqual(["general", "random", "deploys"]);
    expect(items[0]).toMatchObject({ id: "C012AB3CD", is_general: true, num_members: 42, topic: { value: "Company-wide announcements" } });
    expect({ pages, hasMore }).toEqual({ pages: 2, hasMore: false });
    expect(calls).toHaveLength(2);
    expectNoCanary(calls, output);
  });

  it("stops at maxPages and says Slack has more", async () => {
    api.route("/conversations.list", (_req, res) => sendJson(res, 200, listPage1));
    const { output } = await run("list_channels", { maxPages: 1, limit: 2 });
    expect(output).toMatchObject({ pages: 1, hasMore: true });
    expect(api.requests).toHaveLength(1);
  });

  it("explains missing_scope with the scope Slack says is needed", async () => {
    api.route("/conversations.list", (_req, res) => sendJson(res, 200, { ok: false, error: "missing_scope", needed: "groups:read", provided: "chat:write,channels:read" }));
    await expect(run("list_channels", { types: ["private_channel"] })).rejects.toThrow(
      'Slack conversations.list failed (missing_scope): the token lacks the "groups:read" scope (it has chat:write,channels:read). Add it under OAuth & Permissions',
    );
  });
});

describe("slack.get_channel_history", () => {
  it("reads pages of messages with oldest/latest/limit until has_more is false", async () => {
    api.route("/conversations.history", (req, res) => sendJson(res, 200, req.url!.includes("cursor=") ? historyLast : historyPage));
    const { output } = await run("get_channel_history", { channel: "C07DEPLOYS1", oldest: "1712000000", latest: "1712345678.123456", limit: 2 });
    expect(api.requests.map((r) => r.url)).toEqual([
      "/conversations.history?channel=C07DEPLOYS1&oldest=1712000000&latest=1712345678.123456&limit=2",
      "/conversations.history?channel=C07DEPLOYS1&oldest=1712000000&latest=1712345678.123456&limit=2&cursor=bmV4dF90czoxNzEyMzQ1NjAwMDAwMTAw",
    ]);
    const { items, pages, hasMore } = output as { items: { ts: string; subtype?: string }[]; pages: number; hasMore: boolean };
    expect(items.map((m) => m.ts)).toEqual(["1712345700.000200", "1712345600.000100", "1712345500.000050"]);
    expect(items[0]).toMatchObject({ reply_count: 2, thread_ts: "1712345700.000200" });
    expect({ pages, hasMore }).toEqual({ pages: 2, hasMore: false });
  });

  it("explains channel_not_found", async () => {
    api.route("/conversations.history", (_req, res) => sendJson(res, 200, { ok: false, error: "channel_not_found" }));
    await expect(run("get_channel_history", { channel: "C404" })).rejects.toThrow(/channel_not_found\): the channel does not exist or the bot cannot see it\. Check the channel id .* invite the bot/);
  });
});

describe("slack.add_reaction", () => {
  it("posts channel, timestamp and the emoji name without colons to reactions.add", async () => {
    api.route("/reactions.add", (_req, res) => sendJson(res, 200, { ok: true }));
    const { output } = await run("add_reaction", { channel: "C07DEPLOYS1", timestamp: "1712346000.000300", name: ":white_check_mark:" });
    expect(lastRequest()).toMatchObject({ method: "POST", url: "/reactions.add" });
    expect(JSON.parse(lastRequest().body)).toEqual({ channel: "C07DEPLOYS1", timestamp: "1712346000.000300", name: "white_check_mark" });
    expect(output).toEqual({ ok: true });
  });

  it("explains already_reacted", async () => {
    api.route("/reactions.add", (_req, res) => sendJson(res, 200, { ok: false, error: "already_reacted" }));
    await expect(run("add_reaction", { channel: "C1", timestamp: "1712346000.000300", name: "eyes" })).rejects.toThrow("(already_reacted): the bot has already added this reaction to the message.");
  });
});

describe("slack.find_user_by_email", () => {
  it("looks the user up by email in the query", async () => {
    api.route("/users.lookupByEmail", (_req, res) => sendJson(res, 200, lookupByEmail));
    const { output } = await run("find_user_by_email", { email: "ada@example.com" });
    expect(lastRequest()).toMatchObject({ method: "GET", url: "/users.lookupByEmail?email=ada%40example.com" });
    expect(output).toMatchObject({ ok: true, user: { id: "U07ADA0001", real_name: "Ada Lovelace", profile: { email: "ada@example.com", status_emoji: ":eyes:" } } });
  });

  it("explains users_not_found, and leaves HTTP errors to the outbound client's messages", async () => {
    let hit = 0;
    api.route("/users.lookupByEmail", (_req, res) =>
      ++hit === 1 ? sendJson(res, 200, { ok: false, error: "users_not_found" }) : sendJson(res, 429, { ok: false, error: "ratelimited" }, { "retry-after": "30" }),
    );
    await expect(run("find_user_by_email", { email: "nobody@example.com" })).rejects.toThrow(/users_not_found\): no member of this workspace has this email address/);
    const limited = await failureOf(run("find_user_by_email", { email: "ada@example.com" }));
    expect(limited.message).toMatch(/^Slack answered 429: rate limit reached .*Try again in 30 s/);
    expectNoCanary(limited.message);
  });

  it("a revoked token: Slack's invalid_auth explained; an HTTP 401 named by the outbound client", async () => {
    let hit = 0;
    api.route("/users.lookupByEmail", (_req, res) => (++hit === 1 ? sendJson(res, 200, { ok: false, error: "token_revoked" }) : sendJson(res, 401, { ok: false, error: "invalid_auth" })));
    await expect(run("find_user_by_email", { email: "ada@example.com" })).rejects.toThrow(/token_revoked\): the token was revoked .* Reconnect the Slack connection/);
    const unauthorized = await failureOf(run("find_user_by_email", { email: "ada@example.com" }));
    expect(unauthorized.message).toMatch(/^Slack answered 401: the token was rejected/);
    expectNoCanary(unauthorized.message);
  });
});
