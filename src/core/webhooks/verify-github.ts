import { isValidDeliveryId } from "./delivery-id";
import { decodeHexDigest } from "./digest-encoding";
import { readHeader, requireHeader } from "./read-header";
import { anyDigestMatches, hmacSha256 } from "./signature-digest";
import { noSecretRefusal, textKeys } from "./signing-secrets";
import { refuse, type WebhookEndpointVerification, type WebhookRequest, type WebhookVerification } from "./webhook-types";

const SIGNATURE = "X-Hub-Signature-256";
const PREFIX = "sha256=";

/**
 * GitHub: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body>`. No timestamp — replays are caught by
 * deduplicating on `X-GitHub-Delivery`. The event is `X-GitHub-Event`; its `action` is the connector's to read.
 */
export function verifyGithub(request: WebhookRequest, endpoint: WebhookEndpointVerification): WebhookVerification {
  const keys = textKeys(endpoint.secrets);
  if (keys.length === 0) return noSecretRefusal("GitHub");
  const { headers } = request;
  const signature = requireHeader(headers, "x-hub-signature-256", {
    display: SIGNATURE,
    whenMissing: "set the webhook's secret in GitHub to this endpoint's signing secret, so GitHub signs each delivery.",
  });
  if (!signature.ok) return signature;
  const presented = signature.value.startsWith(PREFIX) ? decodeHexDigest(signature.value.slice(PREFIX.length)) : undefined;
  if (!presented) return refuse(400, `${SIGNATURE} must be "sha256=" followed by 64 lower-case hex digits (the HMAC-SHA256 of the body).`);

  const delivery = readHeader(headers, "x-github-delivery", { display: "X-GitHub-Delivery" });
  if (!delivery.ok) return delivery;
  if (delivery.value !== undefined && !isValidDeliveryId(delivery.value)) {
    return refuse(400, "X-GitHub-Delivery must be an id of 1–256 printable characters (GitHub sends a GUID).");
  }
  const event = readHeader(headers, "x-github-event", { display: "X-GitHub-Event" });
  if (!event.ok) return event;

  const expected = keys.map((key) => hmacSha256(key, [request.rawBody]));
  if (!anyDigestMatches(expected, [presented])) {
    return refuse(401, `${SIGNATURE} does not match the body: check the endpoint's secret; the body must be sent byte for byte.`);
  }
  return { ok: true, deliveryId: delivery.value, event: event.value || undefined };
}
