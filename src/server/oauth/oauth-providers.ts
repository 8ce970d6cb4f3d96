import type { OAuthProviderConfig } from "@/core/oauth/oauth-provider-config";
import { connectorRegistry } from "@/connectors";

/** Finds the OAuth2 configuration of a connector, or undefined when the connector does not use OAuth2. */
export type OAuthProviderLookup = (connectorId: string) => OAuthProviderConfig | undefined;

/** The OAuth2 configuration each connector of the registry declares in its `auth: { type: "oauth2", oauth }`. */
export const builtInOAuthProviders: OAuthProviderLookup = (connectorId) => connectorRegistry.get(connectorId)?.oauth;
