import type { OAuthProviderConfig } from "@/core/oauth/oauth-provider-config";
import { connectorRegistry } from "@/connectors";
import { findOrgConnector } from "@/server/connectors/org-connectors";
import type { DbOrTx } from "@/server/db/types";

/** Finds the OAuth2 configuration of a connector, or undefined when the connector does not use OAuth2. */
export type OAuthProviderLookup = (connectorId: string) => OAuthProviderConfig | undefined;

/** The OAuth2 configuration each connector of the registry declares in its `auth: { type: "oauth2", oauth }`. */
export const builtInOAuthProviders: OAuthProviderLookup = (connectorId) => connectorRegistry.get(connectorId)?.oauth;

/** The OAuth2 configuration of a connector this org can use: a built-in one, or one of the org's custom connectors. */
export async function oauthProviderFor(db: DbOrTx, orgId: string, connectorId: string): Promise<OAuthProviderConfig | undefined> {
  return (await findOrgConnector(db, orgId, connectorId))?.oauth;
}
