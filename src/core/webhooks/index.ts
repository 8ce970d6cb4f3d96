export { bodyHashDeliveryId } from "./delivery-id";
export { DEFAULT_HMAC_SHA256_HEADER, hmacSha256ConfigSchema, type HmacSha256Config } from "./hmac-sha256-config";
export { signWebhook, type SignWebhookOptions } from "./sign-webhook";
export { isSlackUrlVerification, type SlackUrlVerification } from "./slack-url-verification";
export { verifyWebhook } from "./verify-webhook";
export { generateWebhookSecret } from "./webhook-secret";
export {
  DEFAULT_TOLERANCE_SECONDS,
  type WebhookAccepted,
  type WebhookEndpointVerification,
  type WebhookHeaders,
  type WebhookRefused,
  type WebhookRequest,
  type WebhookVerification,
} from "./webhook-types";
