import { invalid } from "@/core/errors/domain-errors";
import { generateWebhookSecret } from "@/core/webhooks/webhook-secret";
import type { WebhookScheme } from "@/server/db/schema/webhooks";

/** Schemes whose secret the provider may issue (Stripe and Slack always do; GitHub takes one typed into its form). */
export const PASTABLE_SECRET_SCHEMES: readonly WebhookScheme[] = ["github", "stripe", "slack"];

const PROVIDER = { github: "GitHub", stripe: "Stripe", slack: "Slack" } as const;

/**
 * The endpoint's new secret: the one pasted from the provider, or a generated one. Null for `none` (the URL is the
 * secret). A pasted secret for a scheme whose secret Junction issues is refused, as is a Stripe secret that is not one.
 */
export function chooseWebhookSecret(scheme: WebhookScheme, pasted: string | undefined): { secret: string | null; source: "generated" | "pasted" | "none" } {
  if (scheme === "none") {
    if (pasted !== undefined) throw invalid("Endpoints without a signature have no secret: the URL itself is the secret. Leave the secret out.", "secret");
    return { secret: null, source: "none" };
  }
  if (pasted === undefined) return { secret: generateWebhookSecret(scheme), source: "generated" };
  if (!PASTABLE_SECRET_SCHEMES.includes(scheme)) {
    throw invalid("Junction generates the secret of this kind of endpoint and shows it once; leave the secret out and give the generated one to the sender.", "secret");
  }
  if (scheme === "stripe" && !pasted.startsWith("whsec_")) {
    throw invalid(`A Stripe signing secret starts with whsec_; copy it from the endpoint's page in Stripe (Developers → Webhooks).`, "secret");
  }
  return { secret: pasted, source: "pasted" };
}

export const providerName = (scheme: WebhookScheme): string | undefined => (scheme in PROVIDER ? PROVIDER[scheme as keyof typeof PROVIDER] : undefined);
