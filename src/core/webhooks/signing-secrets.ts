import { refuse, type WebhookRefused } from "./webhook-types";

const STANDARD_WEBHOOKS_PREFIX = "whsec_";
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The secrets usable as HMAC keys as they are (GitHub, Stripe, Slack, generic): every non-empty one. */
export function textKeys(secrets: readonly string[]): string[] {
  return secrets.filter((secret) => secret.length > 0);
}

/**
 * The HMAC key of a Standard Webhooks secret: `whsec_` + base64, the prefix optional — the way the
 * `standardwebhooks` package reads it. Undefined when the rest is not base64 or decodes to nothing.
 */
export function standardWebhooksKey(secret: string): Buffer | undefined {
  const encoded = secret.startsWith(STANDARD_WEBHOOKS_PREFIX) ? secret.slice(STANDARD_WEBHOOKS_PREFIX.length) : secret;
  if (encoded.length === 0 || !BASE64.test(encoded)) return undefined;
  return Buffer.from(encoded, "base64");
}

export function noSecretRefusal(provider: string): WebhookRefused {
  return refuse(401, `This endpoint has no usable signing secret, so no ${provider} delivery can be verified; its owner must set one.`);
}
