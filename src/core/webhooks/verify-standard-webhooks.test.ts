import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { signWebhook } from "./sign-webhook";
import { commonBadCases, expectRefused, type BadCase } from "./testing/bad-cases";
import { assertOnlyUnchangedAccepted } from "./testing/request-mutations";
import { FIXED_NOW, FIXED_TIMESTAMP, fixtureFor, headerOf, withHeader } from "./testing/scheme-fixture";
import { verifyWebhook } from "./verify-webhook";
import type { WebhookEndpointVerification } from "./webhook-types";

// The example of the Standard Webhooks / Svix documentation.
const SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const SECRET = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";
const PREVIOUS = "whsec_plJ3nmyCDGBKInavdOK15jsl7UALq8qo";
const event = (type: string, id: string) => ({ type, timestamp: "2026-03-14T15:09:20.000Z", data: { id, status: "paid", amount: 4200, customer: "Zoë Ångström" } });
const body = Buffer.from(JSON.stringify(event("invoice.paid", "inv_01HZX")));
const endpoint: WebhookEndpointVerification = { scheme: "standard_webhooks", secrets: [SECRET] };
const f = fixtureFor(endpoint, { body, otherBody: Buffer.from(JSON.stringify(event("invoice.voided", "inv_02ABC"))) }, "webhook-signature", [
  "webhook-id",
  "webhook-timestamp",
  "webhook-signature",
]);

/** Headers the `standardwebhooks` package's Webhook.sign produces. */
function packageHeaders(secret: string, id: string, timestamp: number, payload: Buffer): Record<string, string> {
  return { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": new Webhook(secret).sign(id, new Date(timestamp * 1000), payload.toString("utf8")) };
}

/** The same 32 bytes in a non-canonical spelling: the last digit's two unused low bits set differently. */
function nonCanonical(base64: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const last = base64.at(-2) ?? "A";
  return `${base64.slice(0, -2)}${alphabet[alphabet.indexOf(last) ^ 1] ?? "A"}=`;
}

describe("verifyWebhook — Standard Webhooks", () => {
  it("matches the spec's example signature", () => {
    const headers = { "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek", "webhook-timestamp": "1614265330", "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=" };
    const rawBody = Buffer.from('{"test": 2432232314}');
    const now = new Date(1614265330_000);
    expect(verifyWebhook({ headers, rawBody }, { scheme: "standard_webhooks", secrets: [SPEC_SECRET] }, now)).toEqual({
      ok: true,
      deliveryId: "msg_p5jXN8AQM9LWM0D4loKWxJek",
      event: undefined,
      timestamp: 1614265330,
    });
    // Without the prefix, the secret is still base64 (the package's reading).
    expect(verifyWebhook({ headers, rawBody }, { scheme: "standard_webhooks", secrets: [SPEC_SECRET.slice(6)] }, now).ok).toBe(true);
  });

  it("accepts deliveries signed by the standardwebhooks package, with webhook-id and the payload type", () => {
    const headers = { ...packageHeaders(SECRET, "msg_2LJeXYvQ1pHgT8kH", FIXED_TIMESTAMP, body), "content-type": "application/json" };
    expect(verifyWebhook({ headers, rawBody: body }, endpoint, FIXED_NOW)).toEqual({ ok: true, deliveryId: "msg_2LJeXYvQ1pHgT8kH", event: "invoice.paid", timestamp: FIXED_TIMESTAMP });
  });

  it("accepts Svix's svix-* header names", () => {
    const signed = packageHeaders(SECRET, "msg_svix1", FIXED_TIMESTAMP, body);
    const headers = { "svix-id": signed["webhook-id"], "svix-timestamp": signed["webhook-timestamp"], "svix-signature": signed["webhook-signature"] };
    expect(verifyWebhook({ headers, rawBody: body }, endpoint, FIXED_NOW)).toMatchObject({ ok: true, deliveryId: "msg_svix1" });
  });

  it("accepts several signatures (one per secret) and skips versions it does not know (v1a)", () => {
    const current = packageHeaders(SECRET, "msg_1", FIXED_TIMESTAMP, body);
    const old = packageHeaders(PREVIOUS, "msg_1", FIXED_TIMESTAMP, body);
    const list = `v1a,${"A".repeat(86)}== ${old["webhook-signature"]} ${current["webhook-signature"]}`;
    expect(verifyWebhook({ headers: { ...current, "webhook-signature": list }, rawBody: body }, endpoint, FIXED_NOW).ok).toBe(true);
  });

  it("accepts the previous secret during its rotation overlap", () => {
    const request = { headers: packageHeaders(PREVIOUS, "msg_2", FIXED_TIMESTAMP, body), rawBody: body };
    expect(verifyWebhook(request, { ...endpoint, secrets: [SECRET, PREVIOUS] }, FIXED_NOW).ok).toBe(true);
    expect(verifyWebhook(request, endpoint, FIXED_NOW).ok).toBe(false);
  });

  it("produces signatures the standardwebhooks package accepts (signWebhook)", () => {
    const headers = signWebhook("standard_webhooks", SECRET, body, { timestamp: Math.floor(Date.now() / 1000) });
    expect(new Webhook(SECRET).verify(body.toString("utf8"), headers)).toMatchObject({ type: "invoice.paid" });
  });

  it("says when the endpoint's secret is not a Standard Webhooks secret", () => {
    const request = { headers: f.sign(body), rawBody: body };
    expect(verifyWebhook(request, { ...endpoint, secrets: ["whsec_not base64!"] }, FIXED_NOW)).toEqual({
      ok: false,
      status: 401,
      reason: "This endpoint's signing secret is not a Standard Webhooks secret (whsec_ followed by base64); its owner must replace it.",
    });
  });

  const headers = f.sign(body);
  const signature = headerOf(headers, "webhook-signature");
  const digest = signature.slice(3);
  const set = (name: string, value: string | string[] | undefined) => withHeader(headers, name, value);
  const list = /must be space-separated "v1,<base64>" entries/;
  const badDigest = /v1 entry that is not 44 characters of padded base64/;
  const badT = /webhook-timestamp must be the Unix time in whole seconds/;
  const mismatch = /webhook-signature does not match/;
  const cases: BadCase[] = [
    ...commonBadCases(f),
    { name: "timestamp 412 s old", headers: f.sign(body, { timestamp: FIXED_TIMESTAMP - 412 }), body, status: 401, reason: /webhook-timestamp is 412 s old; the tolerance is 300 s/ },
    { name: "timestamp 412 s in the future", headers: f.sign(body, { timestamp: FIXED_TIMESTAMP + 412 }), body, status: 401, reason: /412 s in the future/ },
    { name: "timestamp missing", headers: set("webhook-timestamp", undefined), body, status: 401, reason: /webhook-timestamp is missing/ },
    { name: "timestamp not a number", headers: set("webhook-timestamp", "soon"), body, status: 400, reason: badT },
    { name: "timestamp negative", headers: set("webhook-timestamp", `-${FIXED_TIMESTAMP}`), body, status: 400, reason: badT },
    { name: "timestamp changed (not the signed one)", headers: set("webhook-timestamp", String(FIXED_TIMESTAMP + 1)), body, status: 401, reason: mismatch },
    { name: "webhook-id missing", headers: set("webhook-id", undefined), body, status: 401, reason: /webhook-id is missing/ },
    { name: "webhook-id empty", headers: set("webhook-id", ""), body, status: 401, reason: /webhook-id is empty/ },
    { name: "webhook-id changed (not the signed one)", headers: set("webhook-id", "delivery-0002"), body, status: 401, reason: mismatch },
    { name: "webhook-id with a space", headers: set("webhook-id", "delivery 0001"), body, status: 400, reason: /webhook-id must be an id/ },
    { name: "webhook-id sent twice", headers: set("webhook-id", ["delivery-0001", "delivery-0001"]), body, status: 400, reason: /webhook-id was sent 2 times/ },
    { name: "version only", headers: set("webhook-signature", "v1,"), body, status: 400, reason: list },
    { name: "no version", headers: set("webhook-signature", digest), body, status: 400, reason: list },
    { name: "wrong-case version", headers: set("webhook-signature", `V1,${digest}`), body, status: 400, reason: list },
    { name: "truncated digest", headers: set("webhook-signature", signature.slice(0, -2)), body, status: 400, reason: badDigest },
    { name: "digest without padding", headers: set("webhook-signature", signature.slice(0, -1)), body, status: 400, reason: badDigest },
    { name: "digest in base64url", headers: set("webhook-signature", `v1,${Buffer.from(digest, "base64").toString("base64url")}`), body, status: 400, reason: badDigest },
    { name: "digest in hex", headers: set("webhook-signature", `v1,${Buffer.from(digest, "base64").toString("hex")}`), body, status: 400, reason: badDigest },
    { name: "digest spelled non-canonically", headers: set("webhook-signature", `v1,${nonCanonical(digest)}`), body, status: 400, reason: badDigest },
    { name: "two spaces between entries", headers: set("webhook-signature", `${signature}  ${signature}`), body, status: 400, reason: list },
    { name: "only an unknown version (v1a)", headers: set("webhook-signature", `v1a,${digest}`), body, status: 401, reason: /has no v1 signature/ },
    { name: "comma-joined duplicate", headers: set("webhook-signature", `${signature}, ${signature}`), body, status: 400, reason: /probably sent twice/ },
    { name: "a Stripe-format signature", headers: set("webhook-signature", `t=${FIXED_TIMESTAMP},v1=${"a".repeat(64)}`), body, status: 400, reason: list },
    { name: "a GitHub-format signature", headers: set("webhook-signature", `sha256=${"a".repeat(64)}`), body, status: 400, reason: list },
    { name: "wrong signature of the right shape", headers: set("webhook-signature", `v1,${Buffer.alloc(32, 7).toString("base64")}`), body, status: 401, reason: mismatch },
    {
      name: "svix-signature while webhook-id is sent",
      headers: { "webhook-id": "delivery-0001", "svix-timestamp": String(FIXED_TIMESTAMP), "svix-signature": signature },
      body,
      status: 401,
      reason: /webhook-timestamp is missing/,
    },
    { name: "endpoint secret of another scheme (hex)", headers, body, status: 401, reason: mismatch, endpoint: { ...endpoint, secrets: ["0123456789abcdef0123456789abcdef"] } },
  ];

  it("has at least 30 bad cases", () => expect(cases.length).toBeGreaterThanOrEqual(30));
  it.each(cases.map((c) => [c.name, c] as const))("refuses: %s", (_, badCase) => expectRefused(f, badCase));

  it("accepts no random mutation of a signed delivery's body, id, timestamp or signature", () => assertOnlyUnchangedAccepted(f));
});
