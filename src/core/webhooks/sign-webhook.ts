import { randomBytes, randomUUID } from "node:crypto";
import type { WebhookSignatureScheme } from "../connectors/define-trigger";
import { DEFAULT_HMAC_SHA256_HEADER, type HmacSha256Config } from "./hmac-sha256-config";
import { hmacSha256 } from "./signature-digest";
import { standardWebhooksKey, textKeys } from "./signing-secrets";

export interface SignWebhookOptions {
  /** Unix seconds to sign (schemes with a timestamp); now when unset. */
  timestamp?: number;
  /** The delivery id to send (GitHub, Standard Webhooks, the generic `idHeader`, `idempotency-key`); random when unset. */
  deliveryId?: string;
  /** GitHub's `X-GitHub-Event` (default `ping`). */
  event?: string;
  /** The generic scheme's settings, as on the endpoint. */
  config?: HmacSha256Config;
}

/**
 * The headers a sender of `scheme` would add to deliver `body` signed with `secret` — for tests, "send a test
 * delivery" and sample curl commands. The body must then be sent exactly as given here.
 */
export function signWebhook(scheme: WebhookSignatureScheme, secret: string, body: Uint8Array | string, options: SignWebhookOptions = {}): Record<string, string> {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  const t = String(Math.floor(options.timestamp ?? Date.now() / 1000));
  if (scheme === "none") return options.deliveryId ? { "idempotency-key": options.deliveryId } : {};
  if (scheme === "standard_webhooks") {
    const key = standardWebhooksKey(secret);
    if (!key || key.length === 0) throw new Error("A Standard Webhooks secret is whsec_ followed by base64.");
    const id = options.deliveryId ?? `msg_${randomBytes(16).toString("base64url")}`;
    const digest = hmacSha256(key, [`${id}.${t}.`, bytes]).toString("base64");
    return { "webhook-id": id, "webhook-timestamp": t, "webhook-signature": `v1,${digest}` };
  }
  if (textKeys([secret]).length === 0) throw new Error("Cannot sign with an empty secret.");
  switch (scheme) {
    case "github":
      return {
        "x-hub-signature-256": `sha256=${hmacSha256(secret, [bytes]).toString("hex")}`,
        "x-github-event": options.event ?? "ping",
        "x-github-delivery": options.deliveryId ?? randomUUID(),
      };
    case "stripe":
      return { "stripe-signature": `t=${t},v1=${hmacSha256(secret, [`${t}.`, bytes]).toString("hex")}` };
    case "slack":
      return { "x-slack-request-timestamp": t, "x-slack-signature": `v0=${hmacSha256(secret, [`v0:${t}:`, bytes]).toString("hex")}` };
    case "hmac_sha256":
      return signHmacSha256(secret, bytes, t, options);
  }
}

function signHmacSha256(secret: string, body: Uint8Array, t: string, options: SignWebhookOptions): Record<string, string> {
  const config = options.config ?? {};
  const timestampHeader = config.timestampHeader?.toLowerCase();
  const digest = hmacSha256(secret, timestampHeader ? [`${t}.`, body] : [body]);
  const headers: Record<string, string> = {
    [(config.header ?? DEFAULT_HMAC_SHA256_HEADER).toLowerCase()]: `${config.prefix ?? ""}${digest.toString(config.encoding ?? "hex")}`,
  };
  if (timestampHeader) headers[timestampHeader] = t;
  if (config.idHeader) headers[config.idHeader.toLowerCase()] = options.deliveryId ?? randomUUID();
  return headers;
}
