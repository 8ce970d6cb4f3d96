import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PollingTrigger, WebhookTrigger } from "@/core/connectors";
import { pollTriggerAgainst } from "@/test/connector-harness";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { slackConnector } from ".";
import listPage1 from "./fixtures/conversations-list-page1.json";
import listPage2 from "./fixtures/conversations-list-page2.json";
import appMention from "./fixtures/event-app-mention.json";
import urlVerification from "./fixtures/event-url-verification.json";

const TOKEN = "xoxb-CANARY-7f3a9c-do-not-leak";
const events = slackConnector.triggers.find((t): t is WebhookTrigger => t.id === "event")!;

/** Headers as Slack sends an Events API delivery (lower-cased by the intake). */
const deliveryHeaders = {
  "content-type": "application/json",
  "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
  "x-slack-request-timestamp": "1712346001",
  "x-slack-signature": "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
};

describe("slack.event (Events API webhook)", () => {
  it("is verified with Slack's signing secret scheme and lists real event types", () => {
    expect(events.kind).toBe("webhook");
    expect(events.signatureScheme).toBe("slack");
    expect(events.events).toEqual(expect.arrayContaining(["message", "app_mention", "reaction_added", "channel_created"]));
  });

  it("reads the inner event type of an event_callback envelope", () => {
    expect(events.eventOf({ headers: deliveryHeaders, body: appMention })).toBe("app_mention");
    const reaction = { ...appMention, event: { type: "reaction_added", user: "U07ADA0001", reaction: "eyes", item: { type: "message", channel: "C07DEPLOYS1", ts: "1712346000.000300" }, item_user: "U06BOT12345", event_ts: "1712346050.000400" } };
    expect(events.eventOf({ headers: deliveryHeaders, body: reaction })).toBe("reaction_added");
    expect(events.output.parse(appMention)).toMatchObject({ team_id: "T012AB3C4", event_id: "Ev07MENTION01", event: { type: "app_mention", channel: "C07DEPLOYS1", text: "<@U06BOT12345> deploy api to staging" } });
  });

  it("names Slack's control deliveries and ignores what is not an envelope", () => {
    expect(events.eventOf({ headers: deliveryHeaders, body: urlVerification })).toBe("url_verification");
    expect(events.eventOf({ headers: deliveryHeaders, body: { type: "app_rate_limited", team_id: "T012AB3C4", minute_rate_limited: 1518467820, api_app_id: "A06APP11111" } })).toBe("app_rate_limited");
    expect(events.eventOf({ headers: deliveryHeaders, body: { type: "event_callback", event: {} } })).toBeUndefined();
    expect(events.eventOf({ headers: deliveryHeaders, body: "payload=%7B%7D" })).toBeUndefined();
    expect(events.eventOf({ headers: deliveryHeaders, body: null })).toBeUndefined();
  });
});

describe("slack.new_channel (polling)", () => {
  let api: LocalHttpServer;
  const connection = () => ({ baseUrl: api.base, authType: "bearer", credentials: { token: TOKEN } });
  beforeAll(async () => {
    api = await startLocalHttpServer();
    api.route("/conversations.list", (req, res) => sendJson(res, 200, req.url!.includes("cursor=") ? listPage2 : listPage1));
  });
  afterAll(() => api.close());
  beforeEach(() => {
    api.requests.length = 0;
  });

  it("polls at most every 5 minutes", () => {
    expect((slackConnector.triggers.find((t) => t.id === "new_channel") as PollingTrigger).intervalMs).toBe(300_000);
  });

  it("reads a page of channels, keyed by id, and carries Slack's cursor to the next poll", async () => {
    const first = await pollTriggerAgainst(slackConnector, "new_channel", connection(), undefined);
    expect(api.requests[0]!.url).toBe("/conversations.list?types=public_channel&exclude_archived=true&limit=1000");
    expect(api.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(first.keys).toEqual(["C012AB3CD", "C061EG9T2"]);
    expect(first.items[0]).toMatchObject({ name: "general", created: 1449252889 });
    expect(first.cursor).toBe("dGVhbTpDMDYxRkE1UEI=");

    const second = await pollTriggerAgainst(slackConnector, "new_channel", connection(), first.cursor);
    expect(api.requests[1]!.url).toBe("/conversations.list?types=public_channel&exclude_archived=true&limit=1000&cursor=dGVhbTpDMDYxRkE1UEI%3D");
    expect(second.keys).toEqual(["C07DEPLOYS1"]);
    expect(second.items[0]).toMatchObject({ name: "deploys", purpose: { value: "Deploy notifications from CI" } });
    // Last page: back to the first page on the next poll.
    expect(second.cursor).toBe("");

    await pollTriggerAgainst(slackConnector, "new_channel", connection(), second.cursor);
    expect(api.requests[2]!.url).not.toContain("cursor=");
    expect(JSON.stringify([first.calls, second.calls])).not.toContain("CANARY");
  });

  it("hands the oldest channel first", async () => {
    api.route("/conversations.list", (_req, res) => sendJson(res, 200, { ...listPage1, channels: [...listPage2.channels, ...listPage1.channels], response_metadata: { next_cursor: "" } }));
    const { keys } = await pollTriggerAgainst(slackConnector, "new_channel", connection(), undefined);
    expect(keys).toEqual(["C012AB3CD", "C061EG9T2", "C07DEPLOYS1"]);
  });

  it("fails a poll with Slack's explained error", async () => {
    api.route("/conversations.list", (_req, res) => sendJson(res, 200, { ok: false, error: "invalid_auth" }));
    await expect(pollTriggerAgainst(slackConnector, "new_channel", connection(), undefined)).rejects.toThrow(/conversations\.list failed \(invalid_auth\): the token is not valid .* Reconnect the Slack connection/);
  });
});
