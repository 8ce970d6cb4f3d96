import { isValidDeliveryId } from "./delivery-id";
import { readHeader } from "./read-header";
import type { WebhookHeaders, WebhookRequest, WebhookVerification } from "./webhook-types";

/** A single, well-formed value of `name`; anything else is ignored (nothing is refused here). */
function optionalId(headers: WebhookHeaders, name: string): string | undefined {
  const read = readHeader(headers, name, { display: name });
  return read.ok && isValidDeliveryId(read.value) ? read.value : undefined;
}

/** Unsigned endpoints (the unguessable URL is the secret): always accepted; an idempotency key is used when sent. */
export function verifyNone(request: WebhookRequest): WebhookVerification {
  const deliveryId = optionalId(request.headers, "idempotency-key") ?? optionalId(request.headers, "x-request-id");
  return { ok: true, deliveryId, event: undefined };
}
