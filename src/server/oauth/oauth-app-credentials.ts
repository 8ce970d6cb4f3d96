import { and, eq } from "drizzle-orm";
import { invalid } from "@/core/errors/domain-errors";
import { oauthAppEnvPrefix, type OAuthProviderConfig } from "@/core/oauth/oauth-provider-config";
import { openSealed, type VaultKeyring } from "@/core/vault";
import { readOAuthApps } from "@/env";
import { oauthApps } from "@/server/db/schema/oauth";
import type { DbOrTx } from "@/server/db/types";
import { getVaultKeyring } from "@/server/vault/vault-keyring";

export interface OAuthAppCredentials {
  clientId: string;
  clientSecret?: string;
  source: "org" | "env";
}

/** Binds an org's sealed client secret to that org and app: copied elsewhere, it does not open. */
export function oauthAppAad(orgId: string, app: string): string {
  return `${orgId}:oauth-app:${app}`;
}

/**
 * The client id and secret to use for a provider in an org: the org's own app when it set one, else the
 * environment's OAUTH_<APP>_CLIENT_ID / _CLIENT_SECRET. Read at use, so a changed override applies at once.
 */
export async function resolveOAuthAppCredentials(
  db: DbOrTx,
  orgId: string,
  provider: OAuthProviderConfig,
  keyring: VaultKeyring = getVaultKeyring(),
): Promise<OAuthAppCredentials> {
  const [override] = await db
    .select({ clientId: oauthApps.clientId, sealedClientSecret: oauthApps.sealedClientSecret })
    .from(oauthApps)
    .where(and(eq(oauthApps.orgId, orgId), eq(oauthApps.app, provider.app)))
    .limit(1);
  if (override) {
    const clientSecret = override.sealedClientSecret ? openSealed(keyring, override.sealedClientSecret, oauthAppAad(orgId, provider.app)) : undefined;
    return { clientId: override.clientId, clientSecret, source: "org" };
  }
  const fromEnv = readOAuthApps(process.env)[provider.app];
  if (fromEnv) return { ...fromEnv, source: "env" };
  const prefix = oauthAppEnvPrefix(provider.app);
  throw invalid(
    `${provider.displayName} has no OAuth app configured: set ${prefix}_CLIENT_ID and ${prefix}_CLIENT_SECRET on the server, or add your organization's own ${provider.displayName} OAuth app.`,
  );
}
