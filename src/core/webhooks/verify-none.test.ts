import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { verifyWebhook } from "./verify-webhook";
import type { WebhookEndpointVerification } from "./webhook-types";

const endpoint: WebhookEndpointVerification = { scheme: "none", secrets: [] };
const body = Buffer.from('{"hello":"world"}');

describe("verifyWebhook — none (unsigned endpoint)", () => {
  it("accepts any request, with no delivery id or event of its own", () => {
    expect(verifyWebhook({ headers: {}, rawBody: new Uint8Array() }, endpoint)).toEqual({ ok: true, deliveryId: undefined, event: undefined });
    expect(verifyWebhook({ headers: { "x-hub-signature-256": "sha256=nonsense" }, rawBody: body }, endpoint).ok).toBe(true);
  });

  it.each([
    [{ "idempotency-key": "order-42" }, "order-42"],
    [{ "x-request-id": "req_9" }, "req_9"],
    [{ "idempotency-key": "order-42", "x-request-id": "req_9" }, "order-42"],
    [{ "Idempotency-Key": "order-43" }, "order-43"],
    [{ "idempotency-key": "has space", "x-request-id": "req_9" }, "req_9"],
    [{ "idempotency-key": ["a", "b"] }, undefined],
    [{ "idempotency-key": "a, b" }, undefined],
    [{ "idempotency-key": "" }, undefined],
    [{ "idempotency-key": "x".repeat(300) }, undefined],
  ])("reads the delivery id from %j", (headers, deliveryId) => {
    expect(verifyWebhook({ headers, rawBody: body }, endpoint)).toEqual({ ok: true, deliveryId, event: undefined });
  });

  it("accepts every request whatever its headers and body, and any delivery id it gives is well-formed", () => {
    const headerValue = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.string(), { maxLength: 3 }), fc.constant(undefined));
    const headers = fc.dictionary(fc.constantFrom("idempotency-key", "x-request-id", "Idempotency-Key", "content-type", "x-other"), headerValue);
    fc.assert(
      fc.property(headers, fc.uint8Array({ maxLength: 200 }), (h, rawBody) => {
        const result = verifyWebhook({ headers: h, rawBody }, endpoint);
        return result.ok && (result.deliveryId === undefined || /^[\x21-\x7e]{1,256}$/.test(result.deliveryId));
      }),
      { numRuns: 2000 },
    );
  });
});
