import { verifyGithub } from "./verify-github";
import { verifyHmacSha256 } from "./verify-hmac-sha256";
import { verifyNone } from "./verify-none";
import { verifySlack } from "./verify-slack";
import { verifyStandardWebhooks } from "./verify-standard-webhooks";
import { verifyStripe } from "./verify-stripe";
import { refuse, type WebhookEndpointVerification, type WebhookRequest, type WebhookVerification } from "./webhook-types";

/**
 * Verifies one incoming request against its endpoint's scheme and secrets, over the raw body bytes and in constant
 * time (ARCHITECTURE §7). Accepted: the sender's delivery id, event and signed timestamp where the scheme has them.
 * Refused: 401 or 400 and a reason for the sender. Nothing from the body is read before its signature is verified.
 */
export function verifyWebhook(request: WebhookRequest, endpoint: WebhookEndpointVerification, now: Date = new Date()): WebhookVerification {
  const scheme = endpoint.scheme;
  switch (scheme) {
    case "github":
      return verifyGithub(request, endpoint);
    case "stripe":
      return verifyStripe(request, endpoint, now);
    case "slack":
      return verifySlack(request, endpoint, now);
    case "standard_webhooks":
      return verifyStandardWebhooks(request, endpoint, now);
    case "hmac_sha256":
      return verifyHmacSha256(request, endpoint, now);
    case "none":
      return verifyNone(request);
    default: {
      const unknown: never = scheme;
      return refuse(401, `This endpoint's signature scheme "${String(unknown)}" is not supported; its owner must choose another.`);
    }
  }
}
