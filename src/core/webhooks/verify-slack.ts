import { decodeHexDigest } from "./digest-encoding";
import { requireHeader } from "./read-header";
import { anyDigestMatches, hmacSha256 } from "./signature-digest";
import { slackDeliveryOf } from "./slack-delivery";
import { noSecretRefusal, textKeys } from "./signing-secrets";
import { checkTimestamp, UNIX_TIME } from "./timestamp-window";
import { refuse, type WebhookEndpointVerification, type WebhookRequest, type WebhookVerification } from "./webhook-types";

const SIGNATURE = "X-Slack-Signature";
const TIMESTAMP = "X-Slack-Request-Timestamp";
const PREFIX = "v0=";

/**
 * Slack: `X-Slack-Signature: v0=<hex HMAC-SHA256 of "v0:<timestamp>:<body>">` with the app's signing secret, and
 * `X-Slack-Request-Timestamp` within the tolerance either way.
 */
export function verifySlack(request: WebhookRequest, endpoint: WebhookEndpointVerification, now: Date): WebhookVerification {
  const keys = textKeys(endpoint.secrets);
  if (keys.length === 0) return noSecretRefusal("Slack");
  const { headers } = request;
  const signature = requireHeader(headers, "x-slack-signature", {
    display: SIGNATURE,
    whenMissing: "Slack signs every request; check that the request comes from Slack and that no proxy drops the header.",
  });
  if (!signature.ok) return signature;
  const timestampHeader = requireHeader(headers, "x-slack-request-timestamp", {
    display: TIMESTAMP,
    whenMissing: "it is part of what Slack signs; check that no proxy drops the header.",
  });
  if (!timestampHeader.ok) return timestampHeader;
  const presented = signature.value.startsWith(PREFIX) ? decodeHexDigest(signature.value.slice(PREFIX.length)) : undefined;
  if (!presented) return refuse(400, `${SIGNATURE} must be "v0=" followed by 64 lower-case hex digits.`);
  const t = timestampHeader.value;
  if (!UNIX_TIME.test(t)) return refuse(400, `${TIMESTAMP} must be the Unix time in whole seconds (like 1700000000).`);

  const expected = keys.map((key) => hmacSha256(key, [`v0:${t}:`, request.rawBody]));
  if (!anyDigestMatches(expected, [presented])) {
    return refuse(401, `${SIGNATURE} does not match the body: check the endpoint's secret is the app's Signing Secret; the body must be sent byte for byte.`);
  }
  const window = checkTimestamp(t, TIMESTAMP, now, endpoint.toleranceSeconds);
  if (!window.ok) return window;
  return { ok: true, ...slackDeliveryOf(request.rawBody), timestamp: window.timestamp };
}
