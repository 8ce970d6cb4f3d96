import { describe, expect, it } from "vitest";
import { WEBHOOK_SIGNATURE_SCHEMES } from "../connectors/define-trigger";
import { signWebhook } from "./sign-webhook";
import { FIXED_NOW, FIXED_TIMESTAMP } from "./testing/scheme-fixture";
import { verifyWebhook } from "./verify-webhook";
import { generateWebhookSecret } from "./webhook-secret";

const body = '{"message":"Grüße — a test delivery"}';

describe("signWebhook", () => {
  it.each(WEBHOOK_SIGNATURE_SCHEMES)("signs %s deliveries that verify, from a string or the same bytes", (scheme) => {
    const secret = generateWebhookSecret(scheme) ?? "";
    for (const payload of [body, Buffer.from(body, "utf8")]) {
      const headers = signWebhook(scheme, secret, payload, { timestamp: FIXED_TIMESTAMP, deliveryId: "test-1" });
      expect(verifyWebhook({ headers, rawBody: Buffer.from(body, "utf8") }, { scheme, secrets: [secret] }, FIXED_NOW)).toMatchObject({ ok: true });
    }
  });

  it("names the delivery and the event the way each sender does", () => {
    expect(signWebhook("github", "s3cret", body, { deliveryId: "d-1", event: "push" })).toMatchObject({ "x-github-delivery": "d-1", "x-github-event": "push" });
    expect(signWebhook("github", "s3cret", body)["x-github-delivery"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(signWebhook("standard_webhooks", "whsec_c2VjcmV0", body, { deliveryId: "msg_1" })["webhook-id"]).toBe("msg_1");
    expect(signWebhook("none", "", body, { deliveryId: "k-1" })).toEqual({ "idempotency-key": "k-1" });
    expect(signWebhook("none", "", body)).toEqual({});
  });

  it("writes the generic scheme's configured header, prefix, encoding, timestamp and id", () => {
    const config = { header: "X-Sig", encoding: "base64", prefix: "sha256=", timestampHeader: "X-Ts", idHeader: "X-Id" } as const;
    const headers = signWebhook("hmac_sha256", "s3cret", body, { config, timestamp: FIXED_TIMESTAMP, deliveryId: "id-7" });
    expect(Object.keys(headers).sort()).toEqual(["x-id", "x-sig", "x-ts"]);
    expect(headers["x-sig"]).toMatch(/^sha256=[A-Za-z0-9+/]{43}=$/);
    expect(headers["x-ts"]).toBe(String(FIXED_TIMESTAMP));
    const verified = verifyWebhook({ headers, rawBody: Buffer.from(body) }, { scheme: "hmac_sha256", secrets: ["s3cret"], config }, FIXED_NOW);
    expect(verified).toEqual({ ok: true, deliveryId: "id-7", event: undefined, timestamp: FIXED_TIMESTAMP });
  });

  it("refuses to sign with an empty secret or a Standard Webhooks secret that is not base64", () => {
    expect(() => signWebhook("github", "", body)).toThrow(/empty secret/);
    expect(() => signWebhook("standard_webhooks", "whsec_not base64", body)).toThrow(/whsec_ followed by base64/);
  });
});

describe("generateWebhookSecret", () => {
  it("writes Standard Webhooks secrets as whsec_ + base64 of 24 random bytes", () => {
    const secret = generateWebhookSecret("standard_webhooks") ?? "";
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(24);
  });

  it.each(["github", "stripe", "slack", "hmac_sha256"] as const)("writes %s secrets as 32 random bytes in hex", (scheme) => {
    expect(generateWebhookSecret(scheme)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("has no secret for unsigned endpoints, and never repeats one", () => {
    expect(generateWebhookSecret("none")).toBeNull();
    const seen = new Set(Array.from({ length: 200 }, () => generateWebhookSecret("github")));
    expect(seen.size).toBe(200);
  });
});
