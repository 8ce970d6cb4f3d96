import { randomBytes } from "node:crypto";
import type { WebhookSignatureScheme } from "../connectors/define-trigger";

/**
 * A new signing secret for an endpoint of `scheme`: Standard Webhooks' own format (`whsec_` + base64 of 24 random
 * bytes), 32 random bytes in hex for the others (safe to paste anywhere), null for `none` (the URL is the secret).
 * Stripe and Slack generate their own secrets — the owner pastes those in — so theirs serve tests and test deliveries.
 */
export function generateWebhookSecret(scheme: WebhookSignatureScheme): string | null {
  if (scheme === "none") return null;
  if (scheme === "standard_webhooks") return `whsec_${randomBytes(24).toString("base64")}`;
  return randomBytes(32).toString("hex");
}
