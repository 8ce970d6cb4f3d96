import { and, eq, inArray } from "drizzle-orm";
import { credentialHint, VaultError } from "@/core/vault";
import { webhookEndpoints } from "@/server/db/schema/webhooks";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { openWebhookSecrets } from "@/server/webhooks/webhook-secrets";
import type { ServiceContext } from "../context";

/** `••••abcd` for a secret that opens (the tail only when the secret is long enough), null when it does not. */
export type SecretHint = { hint: string } | { hint: null; problem: string };

/**
 * Masked hints of the endpoints' current secrets, so a person can tell which secret the sender must have without
 * seeing it. The sealed values are read here and nowhere else on a read path, and never leave this function.
 */
export async function webhookSecretHints(ctx: ServiceContext, endpointIds: string[]): Promise<Map<string, SecretHint>> {
  const hints = new Map<string, SecretHint>();
  if (endpointIds.length === 0) return hints;
  const rows = await ctx.db
    .select({ id: webhookEndpoints.id, orgId: webhookEndpoints.orgId, sealedSecret: webhookEndpoints.sealedSecret })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.orgId, ctx.org.id), inArray(webhookEndpoints.id, endpointIds)));
  const keyring = getVaultKeyring();
  for (const row of rows) {
    if (row.sealedSecret === null) continue;
    try {
      // Only the current secret: a previous one is never shown, not even masked.
      const { current } = openWebhookSecrets(keyring, { ...row, sealedPreviousSecret: null, previousSecretExpiresAt: null });
      if (current !== null) hints.set(row.id, { hint: credentialHint({ secret: current }) });
    } catch (error) {
      if (!(error instanceof VaultError)) throw error;
      hints.set(row.id, { hint: null, problem: `The secret cannot be opened (${error.message}); rotate it to set a new one.` });
    }
  }
  return hints;
}
