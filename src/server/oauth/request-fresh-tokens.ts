import * as oauth from "oauth4webapi";
import type { OAuthProviderConfig } from "@/core/oauth/oauth-provider-config";
import type { DbOrTx } from "@/server/db/types";
import { resolveOAuthAppCredentials } from "./oauth-app-credentials";
import { oauthClientSetup } from "./oauth-client";
import { oauthRequestOptions } from "./oauth-http";
import { tokensFromResponse, type OAuthTokens } from "./oauth-tokens";
import { normalizeTokenResponse, TOKEN_RESPONSE_OPTIONS } from "./token-response";

/** Why the grant is gone for good, when the token endpoint says so; undefined for failures worth retrying. */
export class GrantRevoked {
  constructor(readonly reason: string) {}
}

/**
 * New tokens for a connection: a refresh-token grant with `previous`'s refresh token, or a client-credentials grant. Returns GrantRevoked
 * (instead of throwing) when only a reconnect can help, so the caller can record that in its transaction.
 */
export async function requestFreshTokens(
  db: DbOrTx,
  orgId: string,
  provider: OAuthProviderConfig,
  previous?: OAuthTokens,
): Promise<OAuthTokens | GrantRevoked> {
  const app = await resolveOAuthAppCredentials(db, orgId, provider);
  const { as, client, clientAuth } = oauthClientSetup(provider, app);
  const options = { ...oauthRequestOptions(provider.tokenUrl), additionalParameters: provider.tokenParams };
  try {
    if (provider.grant === "client_credentials") {
      const parameters: Record<string, string> = { ...provider.tokenParams };
      if (provider.scopes.length > 0) parameters.scope = provider.scopes.join(provider.scopeSeparator);
      const response = await oauth.clientCredentialsGrantRequest(as, client, clientAuth, parameters, oauthRequestOptions(provider.tokenUrl));
      return tokensFromResponse(await oauth.processClientCredentialsResponse(as, client, await normalizeTokenResponse(response), TOKEN_RESPONSE_OPTIONS));
    }
    const refreshToken = previous?.refreshToken;
    if (!refreshToken) return new GrantRevoked(`${provider.displayName} gave no refresh token, and the access token expired or was rejected`);
    const response = await oauth.refreshTokenGrantRequest(as, client, clientAuth, refreshToken, options);
    return tokensFromResponse(await oauth.processRefreshTokenResponse(as, client, await normalizeTokenResponse(response), TOKEN_RESPONSE_OPTIONS), previous);
  } catch (error) {
    if (error instanceof oauth.ResponseBodyError && error.error === "invalid_grant") {
      const description = error.error_description ? ` (${error.error_description.slice(0, 200)})` : "";
      return new GrantRevoked(`${provider.displayName} refused the refresh token: invalid_grant${description} — access was revoked or expired`);
    }
    throw error;
  }
}
