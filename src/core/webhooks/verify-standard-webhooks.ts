import { isValidDeliveryId, parseJsonObject, stringField } from "./delivery-id";
import { decodeBase64Digest } from "./digest-encoding";
import { hasHeader, requireHeader } from "./read-header";
import { anyDigestMatches, hmacSha256 } from "./signature-digest";
import { noSecretRefusal, standardWebhooksKey } from "./signing-secrets";
import { checkTimestamp, UNIX_TIME } from "./timestamp-window";
import { refuse, type WebhookEndpointVerification, type WebhookRefused, type WebhookRequest, type WebhookVerification } from "./webhook-types";

const VERSIONED_SIGNATURE = /^(v[0-9a-z]+),(.+)$/;

/** The v1 digests of a `webhook-signature` list (`v1,<base64> v1,<base64>`); other versions (v1a: ed25519) are skipped. */
function parseSignatureList(value: string, display: string): { ok: true; v1: Buffer[] } | WebhookRefused {
  if (value.includes(", ")) return refuse(400, `${display} holds comma-joined values (the header was probably sent twice); send it once.`);
  const v1: Buffer[] = [];
  for (const entry of value.split(" ")) {
    const match = VERSIONED_SIGNATURE.exec(entry);
    if (!match) return refuse(400, `${display} must be space-separated "v1,<base64>" entries (one space between entries).`);
    const [, version, encoded = ""] = match;
    if (version !== "v1") continue;
    const digest = decodeBase64Digest(encoded);
    if (!digest) return refuse(400, `${display} has a v1 entry that is not 44 characters of padded base64 (an HMAC-SHA256 digest).`);
    v1.push(digest);
  }
  if (v1.length === 0) return refuse(401, `${display} has no v1 signature; sign with HMAC-SHA256 as the Standard Webhooks spec says.`);
  return { ok: true, v1 };
}

/**
 * Standard Webhooks (and Svix, under `svix-*` names): `webhook-signature: v1,<base64>…` over
 * `${webhook-id}.${webhook-timestamp}.${body}` with the base64-decoded `whsec_` secret; timestamp within the
 * tolerance either way; the delivery id is `webhook-id`.
 */
export function verifyStandardWebhooks(request: WebhookRequest, endpoint: WebhookEndpointVerification, now: Date): WebhookVerification {
  const keys = endpoint.secrets.map(standardWebhooksKey).filter((key): key is Buffer => key !== undefined && key.length > 0);
  if (keys.length === 0) {
    return endpoint.secrets.some((secret) => secret.length > 0)
      ? refuse(401, "This endpoint's signing secret is not a Standard Webhooks secret (whsec_ followed by base64); its owner must replace it.")
      : noSecretRefusal("Standard Webhooks");
  }
  const { headers } = request;
  const svix = !["webhook-id", "webhook-timestamp", "webhook-signature"].some((name) => hasHeader(headers, name)) && hasHeader(headers, "svix-signature");
  const prefix = svix ? "svix-" : "webhook-";
  const whenMissing = "it is part of what Standard Webhooks signs; send webhook-id, webhook-timestamp and webhook-signature together.";

  const id = requireHeader(headers, `${prefix}id`, { display: `${prefix}id`, whenMissing });
  if (!id.ok) return id;
  const timestampHeader = requireHeader(headers, `${prefix}timestamp`, { display: `${prefix}timestamp`, whenMissing });
  if (!timestampHeader.ok) return timestampHeader;
  const signature = requireHeader(headers, `${prefix}signature`, { display: `${prefix}signature`, commaAllowed: true, whenMissing });
  if (!signature.ok) return signature;
  if (!isValidDeliveryId(id.value)) return refuse(400, `${prefix}id must be an id of 1–256 printable characters without spaces.`);
  const t = timestampHeader.value;
  if (!UNIX_TIME.test(t)) return refuse(400, `${prefix}timestamp must be the Unix time in whole seconds (like 1700000000).`);
  const parsed = parseSignatureList(signature.value, `${prefix}signature`);
  if (!parsed.ok) return parsed;

  const expected = keys.map((key) => hmacSha256(key, [`${id.value}.${t}.`, request.rawBody]));
  if (!anyDigestMatches(expected, parsed.v1)) {
    return refuse(
      401,
      `${prefix}signature does not match: check the endpoint's secret (whsec_…) and that "${prefix}id.${prefix}timestamp.body" was signed; the body must be sent byte for byte.`,
    );
  }
  const window = checkTimestamp(t, `${prefix}timestamp`, now, endpoint.toleranceSeconds);
  if (!window.ok) return window;
  return { ok: true, deliveryId: id.value, event: stringField(parseJsonObject(request.rawBody), "type"), timestamp: window.timestamp };
}
