import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { signWebhook } from "./sign-webhook";
import { commonBadCases, expectRefused, type BadCase } from "./testing/bad-cases";
import { assertOnlyUnchangedAccepted } from "./testing/request-mutations";
import { FIXED_NOW, FIXED_TIMESTAMP, fixtureFor, headerOf, stripeEventBody, withHeader } from "./testing/scheme-fixture";
import { verifyWebhook } from "./verify-webhook";
import type { WebhookEndpointVerification } from "./webhook-types";

const SECRET = "whsec_StripeTest5ecretAbCdEf0123456789";
const PREVIOUS = "whsec_StripePrevious5ecretXyZ9876543210";
const body = stripeEventBody("evt_1QxYzAbCdEfGhIjK", "payment_intent.succeeded");
const endpoint: WebhookEndpointVerification = { scheme: "stripe", secrets: [SECRET] };
const f = fixtureFor(endpoint, { body, otherBody: stripeEventBody("evt_2OtherEvent", "charge.refunded") }, "stripe-signature", ["stripe-signature"]);

/** The header Stripe's own library builds for a test delivery. */
function stripeHeader(payload: Buffer, secret: string, timestamp = FIXED_TIMESTAMP): string {
  return Stripe.webhooks.generateTestHeaderString({ payload: payload.toString("utf8"), secret, timestamp });
}

const stripeRequest = (header: string | string[], rawBody: Uint8Array = body) => ({ headers: { "stripe-signature": header, "content-type": "application/json; charset=utf-8" }, rawBody });

describe("verifyWebhook — Stripe", () => {
  it("accepts headers made by stripe.webhooks.generateTestHeaderString, with the evt_ id and type", () => {
    expect(verifyWebhook(stripeRequest(stripeHeader(body, SECRET)), endpoint, FIXED_NOW)).toEqual({
      ok: true,
      deliveryId: "evt_1QxYzAbCdEfGhIjK",
      event: "payment_intent.succeeded",
      timestamp: FIXED_TIMESTAMP,
    });
  });

  it("accepts any v1 matching any secret (Stripe's own rotation sends one v1 per secret), ignoring v0", () => {
    const current = stripeHeader(body, SECRET).split(",")[1] ?? "";
    const old = stripeHeader(body, PREVIOUS).split(",")[1] ?? "";
    const header = `t=${FIXED_TIMESTAMP},${old},${current},v0=${"0".repeat(64)}`;
    expect(verifyWebhook(stripeRequest(header), endpoint, FIXED_NOW).ok).toBe(true);
    expect(verifyWebhook(stripeRequest(stripeHeader(body, PREVIOUS)), { ...endpoint, secrets: [SECRET, PREVIOUS] }, FIXED_NOW).ok).toBe(true);
    expect(verifyWebhook(stripeRequest(stripeHeader(body, PREVIOUS)), endpoint, FIXED_NOW).ok).toBe(false);
  });

  it("accepts timestamps at the edge of the tolerance, both ways, and honours the endpoint's tolerance", () => {
    for (const offset of [-300, 300]) {
      expect(verifyWebhook(stripeRequest(stripeHeader(body, SECRET, FIXED_TIMESTAMP + offset)), endpoint, FIXED_NOW).ok).toBe(true);
    }
    const old = stripeRequest(stripeHeader(body, SECRET, FIXED_TIMESTAMP - 500));
    expect(verifyWebhook(old, { ...endpoint, toleranceSeconds: 600 }, FIXED_NOW).ok).toBe(true);
    expect(verifyWebhook(old, { ...endpoint, toleranceSeconds: 0 }, FIXED_NOW)).toMatchObject({ ok: false, reason: /the tolerance is 300 s/ });
  });

  it("produces signatures Stripe's own verifier accepts (signWebhook)", () => {
    const now = Math.floor(Date.now() / 1000);
    const header = headerOf(signWebhook("stripe", SECRET, body, { timestamp: now }), "stripe-signature");
    const event = Stripe.webhooks.constructEvent(body, header, SECRET);
    expect(event.id).toBe("evt_1QxYzAbCdEfGhIjK");
  });

  it("gives no delivery id when the verified body has no id (the intake then hashes the body)", () => {
    const raw = Buffer.from('{"object":"event","type":"ping"}');
    expect(verifyWebhook(stripeRequest(stripeHeader(raw, SECRET), raw), endpoint, FIXED_NOW)).toEqual({ ok: true, deliveryId: undefined, event: "ping", timestamp: FIXED_TIMESTAMP });
  });

  it("tells the sender how old the timestamp is and what to do", () => {
    expect(verifyWebhook(stripeRequest(stripeHeader(body, SECRET, FIXED_TIMESTAMP - 412)), endpoint, FIXED_NOW)).toEqual({
      ok: false,
      status: 401,
      reason: "Stripe-Signature timestamp is 412 s old; the tolerance is 300 s — check the sender's clock or resend.",
    });
  });

  const headers = f.sign(body);
  const signature = headerOf(headers, "stripe-signature");
  const v1 = signature.split(",v1=")[1] ?? "";
  const t = String(FIXED_TIMESTAMP);
  const set = (value: string | string[]) => withHeader(headers, "stripe-signature", value);
  const pairs = /comma-separated key=value pairs without spaces/;
  const badV1 = /v1 value that is not 64 lower-case hex digits/;
  const badT = /timestamp must be the Unix time in whole seconds/;
  const cases: BadCase[] = [
    ...commonBadCases(f),
    { name: "timestamp 412 s old", headers: f.sign(body, { timestamp: FIXED_TIMESTAMP - 412 }), body, status: 401, reason: /is 412 s old; the tolerance is 300 s/ },
    { name: "timestamp 301 s old", headers: f.sign(body, { timestamp: FIXED_TIMESTAMP - 301 }), body, status: 401, reason: /301 s old/ },
    { name: "timestamp in the future", headers: f.sign(body, { timestamp: FIXED_TIMESTAMP + 412 }), body, status: 401, reason: /is 412 s in the future/ },
    { name: "timestamp in milliseconds", headers: f.sign(body, { timestamp: FIXED_TIMESTAMP * 1000 }), body, status: 401, reason: /in the future.*milliseconds/ },
    { name: "timestamp with 14 digits", headers: set(`t=${FIXED_TIMESTAMP}0000,v1=${v1}`), body, status: 400, reason: badT },
    { name: "timestamp not a number", headers: set(`t=yesterday,v1=${v1}`), body, status: 400, reason: badT },
    { name: "timestamp negative", headers: set(`t=-${t},v1=${v1}`), body, status: 400, reason: badT },
    { name: "timestamp with a fraction", headers: set(`t=${t}.5,v1=${v1}`), body, status: 400, reason: badT },
    { name: "timestamp missing", headers: set(`v1=${v1}`), body, status: 400, reason: /has no timestamp/ },
    { name: "timestamp changed by one second", headers: set(`t=${FIXED_TIMESTAMP + 1},v1=${v1}`), body, status: 401, reason: /does not match/ },
    { name: "no v1, only v0", headers: set(`t=${t},v0=${v1}`), body, status: 401, reason: /has no v1 signature/ },
    { name: "v1 truncated", headers: set(`t=${t},v1=${v1.slice(0, -1)}`), body, status: 400, reason: badV1 },
    { name: "v1 empty", headers: set(`t=${t},v1=`), body, status: 400, reason: badV1 },
    { name: "v1 upper-case hex", headers: set(`t=${t},v1=${v1.toUpperCase()}`), body, status: 400, reason: badV1 },
    { name: "v1 in base64", headers: set(`t=${t},v1=${Buffer.from(v1, "hex").toString("base64")}`), body, status: 400, reason: badV1 },
    { name: "wrong-case keys", headers: set(`T=${t},V1=${v1}`), body, status: 400, reason: pairs },
    { name: "space after the comma", headers: set(`t=${t}, v1=${v1}`), body, status: 400, reason: pairs },
    { name: "trailing comma", headers: set(`${signature},`), body, status: 400, reason: pairs },
    { name: "semicolons instead of commas", headers: set(`t=${t};v1=${v1}`), body, status: 400, reason: badT },
    { name: "header sent twice, comma-joined", headers: set(`${signature}, ${signature}`), body, status: 400, reason: pairs },
    { name: "header sent twice, joined without a space", headers: set(`${signature},${signature}`), body, status: 400, reason: /holds 2 timestamps/ },
    { name: "a GitHub-format signature", headers: set(`sha256=${v1}`), body, status: 400, reason: /has no timestamp/ },
    { name: "a Standard Webhooks-format signature", headers: set(`v1,${Buffer.from(v1, "hex").toString("base64")}`), body, status: 400, reason: pairs },
    { name: "wrong signature of the right shape", headers: set(`t=${t},v1=${"a".repeat(64)}`), body, status: 401, reason: /does not match/ },
  ];

  it("has at least 30 bad cases", () => expect(cases.length).toBeGreaterThanOrEqual(30));
  it.each(cases.map((c) => [c.name, c] as const))("refuses: %s", (_, badCase) => expectRefused(f, badCase));

  it("accepts no random mutation of a signed delivery's body or signature", () => assertOnlyUnchangedAccepted(f));
});
