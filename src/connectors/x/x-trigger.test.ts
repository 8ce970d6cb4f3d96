import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pollTriggerAgainst, type HarnessConnection } from "@/test/connector-harness";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { xConnector } from ".";
import mentions from "./fixtures/mentions.json";
import users from "./fixtures/users.json";
import { readMentionCursor } from "./mention-cursor";
import { MAX_POST_LENGTH, weightedPostLength } from "./post-length";

const CANARY = "canary-x-token-AAAAAAAAAAAA-5b1e9d-never-leak";
let api: LocalHttpServer;

beforeEach(async () => {
  api = await startLocalHttpServer();
});
afterEach(async () => {
  await api.close();
});

const connection = (): HarnessConnection => ({ baseUrl: api.base, authType: "oauth2", credentials: { accessToken: CANARY } });
const queryOf = (url: string) => Object.fromEntries(new URL(url, "http://x").searchParams);

async function poll(cursor: string | undefined) {
  const result = await pollTriggerAgainst(xConnector, "new_mention", connection(), cursor);
  expect(JSON.stringify(result.calls)).not.toContain(CANARY);
  return result;
}

describe("x.new_mention", () => {
  it("learns the user and start time first, then walks new mentions oldest first and moves since_id forward", async () => {
    api.route("/2/users/me", (_req, res) => sendJson(res, 200, users.me, { date: "Wed, 05 Mar 2025 10:00:00 GMT" }));
    const mentionPath = "/2/users/1519375316237824000/mentions";
    api.route(mentionPath, (_req, res, hit) => sendJson(res, 200, [mentions.page1, mentions.page2, mentions.none][hit - 1]));

    const first = await poll(undefined);
    expect(first.items).toEqual([]);
    expect(readMentionCursor(first.cursor)).toEqual({ userId: "1519375316237824000", startTime: "2025-03-05T10:00:00Z" });

    const second = await poll(first.cursor);
    expect(queryOf(api.requests[1]!.url)).toEqual({
      max_results: "100",
      start_time: "2025-03-05T10:00:00Z",
      "tweet.fields": "created_at,author_id,conversation_id,lang,public_metrics",
      expansions: "author_id",
      "user.fields": "name,username,profile_image_url,verified",
    });
    expect(second.keys).toEqual(["1897236650706419812", "1897240112538468803"]);
    expect(second.items[0]).toMatchObject({ text: "Huge thanks to @ada_junction for the Stripe webhook fix!", author: { username: "linus_ships" } });
    expect(readMentionCursor(second.cursor)).toEqual({
      userId: "1519375316237824000",
      startTime: "2025-03-05T10:00:00Z",
      paginationToken: "7140dibdnow9c7btw480y5xgmlm4u0zqvmzz2t0d4ojd2",
      pendingNewestId: "1897240112538468803",
    });

    const third = await poll(second.cursor);
    expect(queryOf(api.requests[2]!.url)).toMatchObject({ start_time: "2025-03-05T10:00:00Z", pagination_token: "7140dibdnow9c7btw480y5xgmlm4u0zqvmzz2t0d4ojd2" });
    expect(third.keys).toEqual(["1897232201843826945"]);
    expect(readMentionCursor(third.cursor)).toEqual({ userId: "1519375316237824000", sinceId: "1897240112538468803" });

    const fourth = await poll(third.cursor);
    const query = queryOf(api.requests[3]!.url);
    expect(query.since_id).toBe("1897240112538468803");
    expect(query).not.toHaveProperty("start_time");
    expect(query).not.toHaveProperty("pagination_token");
    // Nothing new: the trigger gives no cursor, so the stored one stays.
    expect(fourth).toMatchObject({ items: [], keys: [], cursor: third.cursor });
    for (const request of api.requests) expect(request.headers.authorization).toBe(`Bearer ${CANARY}`);
  });

  it("an errors-only answer fails the poll with X's detail", async () => {
    api.route("/2/users/42/mentions", (_req, res) => sendJson(res, 200, { errors: [{ title: "Authorization Error", detail: "Sorry, you are not authorized to see the user with id: [42]." }] }));
    await expect(poll(JSON.stringify({ userId: "42", sinceId: "1897240112538468803" }))).rejects.toThrow(
      "X answered with an error: Sorry, you are not authorized to see the user with id: [42]. (Authorization Error). Reconnect the X connection by signing in again.",
    );
  });
});

describe("post length as X counts it", () => {
  it("counts links as 23, emoji and CJK as 2, Latin and accents as 1", () => {
    expect(weightedPostLength("Hello world")).toBe(11);
    expect(weightedPostLength("see https://example.com/a/very/long/path?with=query&and=more")).toBe(4 + 23);
    expect(weightedPostLength("🎉 👩‍👩‍👧‍👦 🇫🇷")).toBe(2 + 1 + 2 + 1 + 2);
    expect(weightedPostLength("日本語")).toBe(6);
    expect(weightedPostLength("Café — “quoted”")).toBe(15);
    expect(weightedPostLength("a".repeat(MAX_POST_LENGTH))).toBe(280);
  });
});
