import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bodyHashDeliveryId } from "./delivery-id";
import { isSlackUrlVerification } from "./slack-url-verification";
import { commonBadCases, expectRefused, type BadCase } from "./testing/bad-cases";
import { assertOnlyUnchangedAccepted } from "./testing/request-mutations";
import { FIXED_NOW, FIXED_TIMESTAMP, fixtureFor, headerOf, slackEventBody, withHeader } from "./testing/scheme-fixture";
import { verifyWebhook } from "./verify-webhook";
import type { WebhookEndpointVerification } from "./webhook-types";

const SECRET = "8f742231b10e8888abcd99fedcba85a5";
const PREVIOUS = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
const body = slackEventBody("Ev08MFMKH6", "<@U0LAN0Z89> is it everything a river should be?");
const endpoint: WebhookEndpointVerification = { scheme: "slack", secrets: [SECRET] };
const f = fixtureFor(endpoint, { body, otherBody: slackEventBody("Ev0OTHER", "another message") }, "x-slack-signature", [
  "x-slack-signature",
  "x-slack-request-timestamp",
]);

/** Slack's signing recipe, written out: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret. */
function slackHeaders(secret: string, rawBody: Buffer, timestamp = FIXED_TIMESTAMP): Record<string, string> {
  const base = Buffer.concat([Buffer.from(`v0:${timestamp}:`), rawBody]);
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": `v0=${createHmac("sha256", secret).update(base).digest("hex")}` };
}

describe("verifyWebhook — Slack", () => {
  it("matches Slack's documented example (a slash command)", () => {
    const rawBody = Buffer.from(
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar" +
        "&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands" +
        "%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c",
    );
    const headers = {
      "x-slack-request-timestamp": "1531420618",
      "x-slack-signature": "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
    };
    const result = verifyWebhook({ headers, rawBody }, { scheme: "slack", secrets: ["8f742231b10e8888abcd99yyyzzz85a5"] }, new Date(1531420618_000));
    expect(result).toEqual({ ok: true, deliveryId: bodyHashDeliveryId(rawBody), event: "/webhook-collect", timestamp: 1531420618 });
  });

  it("accepts an Events API callback signed by the recipe, known by its event_id and inner event type", () => {
    const headers = { ...slackHeaders(SECRET, body), "content-type": "application/json", "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" };
    expect(verifyWebhook({ headers, rawBody: body }, endpoint, FIXED_NOW)).toEqual({ ok: true, deliveryId: "Ev08MFMKH6", event: "app_mention", timestamp: FIXED_TIMESTAMP });
  });

  it("gives a retry (new timestamp, same event) the same delivery id", () => {
    const first = verifyWebhook({ headers: slackHeaders(SECRET, body, FIXED_TIMESTAMP - 60), rawBody: body }, endpoint, FIXED_NOW);
    const retry = verifyWebhook({ headers: { ...slackHeaders(SECRET, body), "x-slack-retry-num": "2" }, rawBody: body }, endpoint, FIXED_NOW);
    expect(first.ok && retry.ok && first.deliveryId === retry.deliveryId).toBe(true);
  });

  it("verifies url_verification like anything else; the intake answers its challenge only afterwards", () => {
    const handshake = { token: "Jhj5dZrVaK7ZwHHjRyZWjbDl", challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", type: "url_verification" };
    const rawBody = Buffer.from(JSON.stringify(handshake));
    expect(verifyWebhook({ headers: slackHeaders(SECRET, rawBody), rawBody }, endpoint, FIXED_NOW)).toEqual({
      ok: true,
      deliveryId: bodyHashDeliveryId(rawBody),
      event: "url_verification",
      timestamp: FIXED_TIMESTAMP,
    });
    expect(verifyWebhook({ headers: {}, rawBody }, endpoint, FIXED_NOW).ok).toBe(false);
    expect(isSlackUrlVerification(handshake)).toBe(true);
    for (const other of [null, "url_verification", { type: "url_verification" }, { type: "event_callback", challenge: "x" }, { type: "url_verification", challenge: 3 }]) {
      expect(isSlackUrlVerification(other)).toBe(false);
    }
  });

  it("reads interactivity payloads (payload=<json>) by their type", () => {
    const rawBody = Buffer.from(`payload=${encodeURIComponent(JSON.stringify({ type: "block_actions", trigger_id: "1.2.3" }))}`);
    expect(verifyWebhook({ headers: slackHeaders(SECRET, rawBody), rawBody }, endpoint, FIXED_NOW)).toMatchObject({ ok: true, event: "block_actions" });
  });

  it("accepts the previous signing secret during its rotation overlap", () => {
    const rotating = { ...endpoint, secrets: [SECRET, PREVIOUS] };
    expect(verifyWebhook({ headers: slackHeaders(PREVIOUS, body), rawBody: body }, rotating, FIXED_NOW).ok).toBe(true);
    expect(verifyWebhook({ headers: slackHeaders(PREVIOUS, body), rawBody: body }, endpoint, FIXED_NOW).ok).toBe(false);
  });

  it("agrees with signWebhook", () => {
    expect(f.sign(body)).toEqual(slackHeaders(SECRET, body));
  });

  const headers = f.sign(body);
  const signature = headerOf(headers, "x-slack-signature");
  const hex = signature.slice(3);
  const sig = (value: string | string[] | undefined) => withHeader(headers, "x-slack-signature", value);
  const ts = (value: string | string[] | undefined) => withHeader(headers, "x-slack-request-timestamp", value);
  const malformed = /must be "v0=" followed by 64 lower-case hex digits/;
  const badT = /X-Slack-Request-Timestamp must be the Unix time in whole seconds/;
  const cases: BadCase[] = [
    ...commonBadCases(f),
    { name: "timestamp 412 s old", headers: f.sign(body, { timestamp: FIXED_TIMESTAMP - 412 }), body, status: 401, reason: /X-Slack-Request-Timestamp is 412 s old; the tolerance is 300 s/ },
    { name: "timestamp 412 s in the future", headers: f.sign(body, { timestamp: FIXED_TIMESTAMP + 412 }), body, status: 401, reason: /412 s in the future/ },
    { name: "timestamp missing", headers: ts(undefined), body, status: 401, reason: /X-Slack-Request-Timestamp is missing/ },
    { name: "timestamp empty", headers: ts(""), body, status: 401, reason: /X-Slack-Request-Timestamp is empty/ },
    { name: "timestamp not a number", headers: ts("now"), body, status: 400, reason: badT },
    { name: "timestamp as an ISO date", headers: ts(FIXED_NOW.toISOString()), body, status: 400, reason: badT },
    { name: "timestamp with a fraction", headers: ts(`${FIXED_TIMESTAMP}.25`), body, status: 400, reason: badT },
    { name: "timestamp changed (not the signed one)", headers: ts(String(FIXED_TIMESTAMP - 1)), body, status: 401, reason: /does not match/ },
    { name: "timestamp with a leading zero", headers: ts(`0${FIXED_TIMESTAMP}`), body, status: 401, reason: /does not match/ },
    { name: "timestamp sent twice", headers: ts([String(FIXED_TIMESTAMP), String(FIXED_TIMESTAMP)]), body, status: 400, reason: /sent 2 times/ },
    { name: "prefix only", headers: sig("v0="), body, status: 400, reason: malformed },
    { name: "truncated", headers: sig(signature.slice(0, -2)), body, status: 400, reason: malformed },
    { name: "wrong-case prefix", headers: sig(`V0=${hex}`), body, status: 400, reason: malformed },
    { name: "v1 prefix", headers: sig(`v1=${hex}`), body, status: 400, reason: malformed },
    { name: "upper-case hex", headers: sig(`v0=${hex.toUpperCase()}`), body, status: 400, reason: malformed },
    { name: "base64 instead of hex", headers: sig(`v0=${Buffer.from(hex, "hex").toString("base64")}`), body, status: 400, reason: malformed },
    { name: "comma-joined duplicate", headers: sig(`${signature}, ${signature}`), body, status: 400, reason: /probably sent twice/ },
    { name: "a GitHub-format signature", headers: sig(`sha256=${hex}`), body, status: 400, reason: malformed },
    { name: "wrong signature of the right shape", headers: sig(`v0=${"f".repeat(64)}`), body, status: 401, reason: /does not match/ },
  ];

  it("has at least 30 bad cases", () => expect(cases.length).toBeGreaterThanOrEqual(30));
  it.each(cases.map((c) => [c.name, c] as const))("refuses: %s", (_, badCase) => expectRefused(f, badCase));

  it("accepts no random mutation of a signed delivery's body, signature or timestamp", () => assertOnlyUnchangedAccepted(f));
});
