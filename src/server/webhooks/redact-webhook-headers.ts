import type { WebhookHeaders } from "@/core/webhooks";
import { redactHeaders } from "@/server/http/redact-headers";

/** One string per header (lower-case names; a repeated header's values joined as HTTP allows), for storing and filters. */
export function flattenWebhookHeaders(headers: WebhookHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}

/**
 * The headers of a delivery as they are stored and handed to workflows: signatures, authorization and cookies
 * replaced by name (the shared outbound rule), plus `signatureHeader`, the generic scheme's own header, whatever its
 * name. A stored signature would let anyone who reads the delivery replay it elsewhere.
 */
export function redactWebhookHeaders(headers: Record<string, string>, signatureHeader?: string): Record<string, string> {
  return redactHeaders(headers, signatureHeader ? [signatureHeader] : []);
}
