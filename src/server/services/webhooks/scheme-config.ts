import { invalid } from "@/core/errors/domain-errors";
import { DEFAULT_HMAC_SHA256_HEADER, hmacSha256ConfigSchema } from "@/core/webhooks/hmac-sha256-config";
import type { WebhookScheme } from "@/server/db/schema/webhooks";
import type { HmacConfig } from "./webhook-inputs";

/**
 * What `scheme_config` stores: the generic HMAC settings (defaults filled in), `{}` for the schemes that define their
 * own headers. Checked once more against the schema intake reads it with, so a stored endpoint can always verify.
 */
export function schemeConfigFor(scheme: WebhookScheme, config: HmacConfig | undefined): Record<string, string> {
  if (scheme !== "hmac_sha256") {
    if (config !== undefined) throw invalid("Only generic HMAC-SHA256 endpoints take signature settings; the other schemes define their own headers. Leave them out.", "config");
    return {};
  }
  const stored = Object.fromEntries(
    Object.entries(config ?? { header: DEFAULT_HMAC_SHA256_HEADER, encoding: "hex" }).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""),
  );
  if (!hmacSha256ConfigSchema.safeParse(stored).success) throw invalid("These signature settings cannot be used; check the header names and the prefix.", "config");
  return stored;
}
