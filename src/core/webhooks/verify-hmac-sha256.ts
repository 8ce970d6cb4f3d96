import { isValidDeliveryId } from "./delivery-id";
import { decodeBase64Digest, decodeHexDigest } from "./digest-encoding";
import { DEFAULT_HMAC_SHA256_HEADER } from "./hmac-sha256-config";
import { readHeader, requireHeader } from "./read-header";
import { anyDigestMatches, hmacSha256 } from "./signature-digest";
import { noSecretRefusal, textKeys } from "./signing-secrets";
import { checkTimestamp, UNIX_TIME } from "./timestamp-window";
import { refuse, type WebhookEndpointVerification, type WebhookRequest, type WebhookVerification } from "./webhook-types";

/**
 * Generic HMAC-SHA256, driven by the endpoint's config: `<header>: <prefix><hex|base64 digest>` of the body — or of
 * `${timestamp}.${body}` when a timestamp header is configured, which must then be within the tolerance. Hex may be
 * in either case (senders differ); base64 must be canonical and padded.
 */
export function verifyHmacSha256(request: WebhookRequest, endpoint: WebhookEndpointVerification, now: Date): WebhookVerification {
  const keys = textKeys(endpoint.secrets);
  if (keys.length === 0) return noSecretRefusal("signed");
  const config = endpoint.config ?? {};
  const headerName = (config.header ?? DEFAULT_HMAC_SHA256_HEADER).toLowerCase();
  const encoding = config.encoding ?? "hex";
  const prefix = config.prefix ?? "";
  const { headers } = request;

  const signature = requireHeader(headers, headerName, {
    display: headerName,
    commaAllowed: prefix.includes(","),
    whenMissing: "sign the body with HMAC-SHA256 and the endpoint's secret and send the signature in this header.",
  });
  if (!signature.ok) return signature;
  const encoded = signature.value.startsWith(prefix) ? signature.value.slice(prefix.length) : undefined;
  const presented = encoded === undefined ? undefined : encoding === "hex" ? decodeHexDigest(encoded, true) : decodeBase64Digest(encoded);
  const shape = encoding === "hex" ? "64 hex digits" : "44 characters of padded base64";
  if (!presented) return refuse(400, `${headerName} must be ${prefix ? `"${prefix}" followed by ` : ""}${shape} (the HMAC-SHA256 digest).`);

  let t: string | undefined;
  if (config.timestampHeader) {
    const name = config.timestampHeader.toLowerCase();
    const timestampHeader = requireHeader(headers, name, { display: name, whenMissing: "this endpoint requires the signed Unix time (seconds) in it." });
    if (!timestampHeader.ok) return timestampHeader;
    t = timestampHeader.value;
    if (!UNIX_TIME.test(t)) return refuse(400, `${name} must be the Unix time in whole seconds (like 1700000000).`);
  }
  let deliveryId: string | undefined;
  if (config.idHeader) {
    const name = config.idHeader.toLowerCase();
    const id = readHeader(headers, name, { display: name });
    if (!id.ok) return id;
    if (id.value !== undefined && !isValidDeliveryId(id.value)) return refuse(400, `${name} must be an id of 1–256 printable characters without spaces.`);
    deliveryId = id.value;
  }

  const signed = t === undefined ? [request.rawBody] : [`${t}.`, request.rawBody];
  const expected = keys.map((key) => hmacSha256(key, signed));
  if (!anyDigestMatches(expected, [presented])) {
    const content = t === undefined ? "the body" : `"<${config.timestampHeader}>.<body>"`;
    return refuse(401, `${headerName} does not match: check the endpoint's secret and that ${content} was signed; the body must be sent byte for byte.`);
  }
  if (t === undefined) return { ok: true, deliveryId, event: undefined };
  const window = checkTimestamp(t, config.timestampHeader?.toLowerCase() ?? "timestamp", now, endpoint.toleranceSeconds);
  if (!window.ok) return window;
  return { ok: true, deliveryId, event: undefined, timestamp: window.timestamp };
}
