import { isValidDeliveryId, parseJsonObject, stringField } from "./delivery-id";
import { decodeHexDigest } from "./digest-encoding";
import { requireHeader } from "./read-header";
import { anyDigestMatches, hmacSha256 } from "./signature-digest";
import { noSecretRefusal, textKeys } from "./signing-secrets";
import { checkTimestamp, UNIX_TIME } from "./timestamp-window";
import { refuse, type WebhookEndpointVerification, type WebhookRefused, type WebhookRequest, type WebhookVerification } from "./webhook-types";

const SIGNATURE = "Stripe-Signature";
const ITEM = /^([a-z0-9]+)=(.*)$/;

interface StripeSignatureHeader {
  /** The `t=` value exactly as sent: it is signed as text. */
  t: string;
  v1: Buffer[];
}

/** `t=<unix>,v1=<hex>[,v1=<hex>…]` — other schemes (v0) are ignored, as Stripe's libraries do. */
function parseStripeSignature(value: string): { ok: true; header: StripeSignatureHeader } | WebhookRefused {
  const timestamps: string[] = [];
  const v1: Buffer[] = [];
  for (const item of value.split(",")) {
    const match = ITEM.exec(item);
    if (!match) {
      return refuse(400, `${SIGNATURE} must be comma-separated key=value pairs without spaces (t=<unix>,v1=<hex>); if it was sent twice, send it once.`);
    }
    const [, key, text = ""] = match;
    if (key === "t") timestamps.push(text);
    if (key === "v1") {
      const digest = decodeHexDigest(text);
      if (!digest) return refuse(400, `${SIGNATURE} has a v1 value that is not 64 lower-case hex digits (the HMAC-SHA256 of "<t>.<body>").`);
      v1.push(digest);
    }
  }
  if (timestamps.length > 1) return refuse(400, `${SIGNATURE} holds ${timestamps.length} timestamps (t=); the header was probably sent twice — send it once.`);
  const [t] = timestamps;
  if (t === undefined) return refuse(400, `${SIGNATURE} has no timestamp (t=<unix>); send the header Stripe computed, unchanged.`);
  if (!UNIX_TIME.test(t)) return refuse(400, `${SIGNATURE} timestamp must be the Unix time in whole seconds (t=1700000000).`);
  if (v1.length === 0) return refuse(401, `${SIGNATURE} has no v1 signature; send the header Stripe computed, unchanged.`);
  return { ok: true, header: { t, v1 } };
}

/**
 * Stripe: `Stripe-Signature: t=<unix>,v1=<hex>…` over `${t}.${body}`, any v1 matching any secret; `t` within the
 * tolerance either way. The delivery id is the event's `evt_…` id, read from the body once it is verified.
 */
export function verifyStripe(request: WebhookRequest, endpoint: WebhookEndpointVerification, now: Date): WebhookVerification {
  const keys = textKeys(endpoint.secrets);
  if (keys.length === 0) return noSecretRefusal("Stripe");
  const signature = requireHeader(request.headers, "stripe-signature", {
    display: SIGNATURE,
    commaAllowed: true,
    whenMissing: "send the header Stripe computed with the endpoint's signing secret (whsec_…).",
  });
  if (!signature.ok) return signature;
  const parsed = parseStripeSignature(signature.value);
  if (!parsed.ok) return parsed;
  const { t, v1 } = parsed.header;

  const expected = keys.map((key) => hmacSha256(key, [`${t}.`, request.rawBody]));
  if (!anyDigestMatches(expected, v1)) {
    return refuse(401, `${SIGNATURE} does not match the body: check the endpoint's signing secret (whsec_…); the body must be sent byte for byte.`);
  }
  const window = checkTimestamp(t, `${SIGNATURE} timestamp`, now, endpoint.toleranceSeconds);
  if (!window.ok) return window;

  const event = parseJsonObject(request.rawBody);
  const id = stringField(event, "id");
  return { ok: true, deliveryId: isValidDeliveryId(id) ? id : undefined, event: stringField(event, "type"), timestamp: window.timestamp };
}
