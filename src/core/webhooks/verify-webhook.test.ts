import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WEBHOOK_SIGNATURE_SCHEMES, type WebhookSignatureScheme } from "../connectors/define-trigger";
import { signWebhook } from "./sign-webhook";
import { verifyWebhook } from "./verify-webhook";
import { generateWebhookSecret } from "./webhook-secret";
import type { WebhookEndpointVerification } from "./webhook-types";

const SIGNED = WEBHOOK_SIGNATURE_SCHEMES.filter((scheme) => scheme !== "none");
// One secret every scheme can use (Standard Webhooks needs base64).
const SECRET = `whsec_${Buffer.from("a secret shared by every scheme!").toString("base64")}`;
const body = Buffer.from('{"id":"evt_1","type":"thing.happened","event_id":"Ev1"}');
const endpointFor = (scheme: WebhookSignatureScheme): WebhookEndpointVerification => ({ scheme, secrets: [SECRET] });

describe("verifyWebhook (dispatch)", () => {
  it.each(SIGNED)("verifies %s deliveries signed now, with the current time by default", (scheme) => {
    expect(verifyWebhook({ headers: signWebhook(scheme, SECRET, body), rawBody: body }, endpointFor(scheme))).toMatchObject({ ok: true });
  });

  it.each(SIGNED)("refuses a %s signature on an endpoint of every other signed scheme", (scheme) => {
    const headers = signWebhook(scheme, SECRET, body);
    for (const other of SIGNED.filter((s) => s !== scheme)) {
      const result = verifyWebhook({ headers, rawBody: body }, endpointFor(other));
      expect(result, `${scheme} → ${other}`).toMatchObject({ ok: false });
    }
  });

  it.each(SIGNED)("refuses a %s delivery with every header moved to the other schemes' names", (scheme) => {
    // The same digest under another scheme's header name must not pass either (different signed content).
    const headers = signWebhook(scheme, SECRET, body, { timestamp: Math.floor(Date.now() / 1000) });
    const digest = Object.values(headers).join(" ");
    for (const other of SIGNED.filter((s) => s !== scheme)) {
      const names = Object.keys(signWebhook(other, SECRET, body));
      const moved = Object.fromEntries(names.map((name) => [name, digest]));
      expect(verifyWebhook({ headers: moved, rawBody: body }, endpointFor(other)).ok).toBe(false);
    }
  });

  it("refuses an endpoint whose scheme is not known (a bad stored value)", () => {
    const endpoint = { scheme: "md5", secrets: [SECRET] } as unknown as WebhookEndpointVerification;
    expect(verifyWebhook({ headers: {}, rawBody: body }, endpoint)).toEqual({
      ok: false,
      status: 401,
      reason: 'This endpoint\'s signature scheme "md5" is not supported; its owner must choose another.',
    });
  });

  it("rotation: a fresh secret and the previous one both verify during the overlap, only the new one after", () => {
    for (const scheme of SIGNED) {
      const previous = generateWebhookSecret(scheme) ?? "";
      const current = generateWebhookSecret(scheme) ?? "";
      const oldDelivery = { headers: signWebhook(scheme, previous, body), rawBody: body };
      const newDelivery = { headers: signWebhook(scheme, current, body), rawBody: body };
      const during = { scheme, secrets: [current, previous] };
      const after = { scheme, secrets: [current] };
      expect([verifyWebhook(oldDelivery, during).ok, verifyWebhook(newDelivery, during).ok], scheme).toEqual([true, true]);
      expect([verifyWebhook(oldDelivery, after).ok, verifyWebhook(newDelivery, after).ok], scheme).toEqual([false, true]);
    }
  });

  it("never throws and never accepts random headers and bodies on a signed endpoint", () => {
    const names = ["x-hub-signature-256", "stripe-signature", "x-slack-signature", "x-slack-request-timestamp", "webhook-id", "webhook-timestamp", "webhook-signature", "svix-signature", "x-signature", "x-github-delivery"];
    const value = fc.oneof(fc.string({ maxLength: 120 }), fc.array(fc.string({ maxLength: 80 }), { maxLength: 3 }), fc.constant(undefined));
    fc.assert(
      fc.property(fc.constantFrom(...SIGNED), fc.dictionary(fc.constantFrom(...names), value), fc.uint8Array({ maxLength: 100 }), (scheme, headers, rawBody) => {
        const result = verifyWebhook({ headers, rawBody }, endpointFor(scheme));
        return !result.ok && result.reason.length > 0;
      }),
      { numRuns: 2000 },
    );
  });
});
