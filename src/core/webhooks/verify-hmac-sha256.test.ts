import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hmacSha256ConfigSchema } from "./hmac-sha256-config";
import { commonBadCases, expectRefused, type BadCase } from "./testing/bad-cases";
import { assertOnlyUnchangedAccepted } from "./testing/request-mutations";
import { FIXED_NOW, FIXED_TIMESTAMP, fixtureFor, headerOf, withHeader } from "./testing/scheme-fixture";
import { verifyWebhook } from "./verify-webhook";
import type { WebhookEndpointVerification } from "./webhook-types";

const SECRET = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const PREVIOUS = "Prev-secret-of-the-generic-endpoint";
const body = Buffer.from(JSON.stringify({ id: "ord_1001", event: "order.created", total: "19.99", note: "naïve café" }));
const otherBody = Buffer.from(JSON.stringify({ id: "ord_1002", event: "order.cancelled" }));
const config = { header: "X-Webhook-Signature", encoding: "hex", prefix: "sha256=", timestampHeader: "x-webhook-timestamp", idHeader: "x-webhook-id" } as const;
const endpoint: WebhookEndpointVerification = { scheme: "hmac_sha256", secrets: [SECRET], config };
const f = fixtureFor(endpoint, { body, otherBody }, "x-webhook-signature", ["x-webhook-signature", "x-webhook-timestamp"]);
const base64Endpoint: WebhookEndpointVerification = { scheme: "hmac_sha256", secrets: [SECRET], config: { header: "x-shopify-hmac-sha256", encoding: "base64" } };
const base64Fixture = fixtureFor(base64Endpoint, { body, otherBody }, "x-shopify-hmac-sha256", ["x-shopify-hmac-sha256"]);
const plainEndpoint: WebhookEndpointVerification = { scheme: "hmac_sha256", secrets: [SECRET] };

const digest = (secret: string, content: string | Buffer) => createHmac("sha256", secret).update(content);

/** Hex may come in either case; everything else must be exactly as signed. */
function sameHexSignature(name: string, a: string, b: string): boolean {
  return a === b || (name === "x-webhook-signature" && a.startsWith("sha256=") && a.toLowerCase() === b.toLowerCase());
}

describe("verifyWebhook — generic HMAC-SHA256", () => {
  it("accepts the default: x-signature with the hex HMAC of the body, in either case", () => {
    const hex = digest(SECRET, body).digest("hex");
    for (const value of [hex, hex.toUpperCase()]) {
      expect(verifyWebhook({ headers: { "x-signature": value }, rawBody: body }, plainEndpoint, FIXED_NOW)).toEqual({ ok: true, deliveryId: undefined, event: undefined });
    }
  });

  it("accepts base64 in a configured header (as Shopify sends it)", () => {
    const headers = { "x-shopify-hmac-sha256": digest(SECRET, body).digest("base64"), "x-shopify-topic": "orders/create" };
    expect(verifyWebhook({ headers, rawBody: body }, base64Endpoint, FIXED_NOW).ok).toBe(true);
  });

  it("with a timestamp header, signs `${timestamp}.${body}`, checks the window, and reads the id header", () => {
    const headers = {
      "x-webhook-signature": `sha256=${digest(SECRET, Buffer.concat([Buffer.from(`${FIXED_TIMESTAMP}.`), body])).digest("hex")}`,
      "x-webhook-timestamp": String(FIXED_TIMESTAMP),
      "x-webhook-id": "wh_evt_42",
    };
    expect(verifyWebhook({ headers, rawBody: body }, endpoint, FIXED_NOW)).toEqual({ ok: true, deliveryId: "wh_evt_42", event: undefined, timestamp: FIXED_TIMESTAMP });
    expect(f.sign(body, {})).toMatchObject({ "x-webhook-signature": headers["x-webhook-signature"] });
  });

  it("accepts the previous secret during its rotation overlap", () => {
    const headers = { "x-signature": digest(PREVIOUS, body).digest("hex") };
    expect(verifyWebhook({ headers, rawBody: body }, { ...plainEndpoint, secrets: [SECRET, PREVIOUS] }, FIXED_NOW).ok).toBe(true);
    expect(verifyWebhook({ headers, rawBody: body }, plainEndpoint, FIXED_NOW).ok).toBe(false);
  });

  it("validates stored settings and lower-cases header names", () => {
    expect(hmacSha256ConfigSchema.parse({ header: "X-Hub-Sig", encoding: "base64", prefix: "sha256=" })).toEqual({ header: "x-hub-sig", encoding: "base64", prefix: "sha256=" });
    for (const bad of [{ header: "x signature" }, { encoding: "base32" }, { prefix: "sha 256=" }, { extra: true }, { header: "" }]) {
      expect(hmacSha256ConfigSchema.safeParse(bad).success).toBe(false);
    }
  });

  const headers = f.sign(body);
  const signature = headerOf(headers, "x-webhook-signature");
  const hex = signature.slice("sha256=".length);
  const set = (name: string, value: string | string[] | undefined) => withHeader(headers, name, value);
  const malformed = /x-webhook-signature must be "sha256=" followed by 64 hex digits/;
  const badT = /x-webhook-timestamp must be the Unix time in whole seconds/;
  const mismatch = /x-webhook-signature does not match/;
  const b64 = headerOf(base64Fixture.sign(body), "x-shopify-hmac-sha256");
  const cases: BadCase[] = [
    ...commonBadCases(f),
    { name: "prefix missing", headers: set("x-webhook-signature", hex), body, status: 400, reason: malformed },
    { name: "wrong-case prefix", headers: set("x-webhook-signature", `SHA256=${hex}`), body, status: 400, reason: malformed },
    { name: "truncated", headers: set("x-webhook-signature", signature.slice(0, -1)), body, status: 400, reason: malformed },
    { name: "base64 where hex is configured", headers: set("x-webhook-signature", `sha256=${Buffer.from(hex, "hex").toString("base64")}`), body, status: 400, reason: malformed },
    { name: "a space inside", headers: set("x-webhook-signature", `sha256= ${hex}`), body, status: 400, reason: malformed },
    { name: "comma-joined duplicate", headers: set("x-webhook-signature", `${signature}, ${signature}`), body, status: 400, reason: /probably sent twice/ },
    { name: "wrong signature of the right shape", headers: set("x-webhook-signature", `sha256=${"b".repeat(64)}`), body, status: 401, reason: mismatch },
    { name: "signature of the body without the timestamp", headers: set("x-webhook-signature", `sha256=${digest(SECRET, body).digest("hex")}`), body, status: 401, reason: mismatch },
    { name: "timestamp 412 s old", headers: f.sign(body, { timestamp: FIXED_TIMESTAMP - 412 }), body, status: 401, reason: /x-webhook-timestamp is 412 s old; the tolerance is 300 s/ },
    { name: "timestamp in the future", headers: f.sign(body, { timestamp: FIXED_TIMESTAMP + 3600 }), body, status: 401, reason: /3600 s in the future/ },
    { name: "timestamp missing", headers: set("x-webhook-timestamp", undefined), body, status: 401, reason: /x-webhook-timestamp is missing/ },
    { name: "timestamp not a number", headers: set("x-webhook-timestamp", "NaN"), body, status: 400, reason: badT },
    { name: "timestamp changed (not the signed one)", headers: set("x-webhook-timestamp", String(FIXED_TIMESTAMP - 5)), body, status: 401, reason: mismatch },
    { name: "id header sent twice", headers: set("x-webhook-id", ["a", "b"]), body, status: 400, reason: /x-webhook-id was sent 2 times/ },
    { name: "id header with a space", headers: set("x-webhook-id", "a b"), body, status: 400, reason: /x-webhook-id must be an id/ },
    { name: "signature under the default header name", headers: { "x-signature": signature, "x-webhook-timestamp": String(FIXED_TIMESTAMP) }, body, status: 401, reason: /x-webhook-signature is missing/ },
    { name: "a Stripe-format signature", headers: set("x-webhook-signature", `t=${FIXED_TIMESTAMP},v1=${hex}`), body, status: 400, reason: /probably sent twice/ },
    { name: "a Standard Webhooks-format signature", headers: set("x-webhook-signature", `v1 ${hex}`), body, status: 400, reason: malformed },
    { name: "base64 endpoint: hex sent", headers: { "x-shopify-hmac-sha256": hex }, body, status: 400, reason: /44 characters of padded base64/, endpoint: base64Endpoint },
    { name: "base64 endpoint: unpadded", headers: { "x-shopify-hmac-sha256": b64.slice(0, -1) }, body, status: 400, reason: /padded base64/, endpoint: base64Endpoint },
    { name: "base64 endpoint: base64url", headers: { "x-shopify-hmac-sha256": Buffer.from(b64, "base64").toString("base64url") }, body, status: 400, reason: /padded base64/, endpoint: base64Endpoint },
    { name: "base64 endpoint: signature of another body", headers: base64Fixture.sign(otherBody), body, status: 401, reason: /does not match/, endpoint: base64Endpoint },
  ];

  it("has at least 30 bad cases", () => expect(cases.length).toBeGreaterThanOrEqual(30));
  it.each(cases.map((c) => [c.name, c] as const))("refuses: %s", (_, badCase) => expectRefused(f, badCase));

  it("accepts no random mutation (hex, prefix, timestamp and id headers)", () => assertOnlyUnchangedAccepted(f, sameHexSignature));
  it("accepts no random mutation (base64 in a custom header)", () => assertOnlyUnchangedAccepted(base64Fixture));
});
