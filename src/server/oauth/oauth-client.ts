import * as oauth from "oauth4webapi";
import type { OAuthProviderConfig } from "@/core/oauth/oauth-provider-config";
import type { OAuthAppCredentials } from "./oauth-app-credentials";

/** oauth4webapi's view of one provider and our app at it. */
export interface OAuthClientSetup {
  as: oauth.AuthorizationServer;
  client: oauth.Client;
  clientAuth: oauth.ClientAuth;
}

export function oauthClientSetup(provider: OAuthProviderConfig, app: OAuthAppCredentials): OAuthClientSetup {
  const as: oauth.AuthorizationServer = {
    issuer: provider.issuer ?? new URL(provider.authorizeUrl ?? provider.tokenUrl).origin,
    authorization_endpoint: provider.authorizeUrl,
    token_endpoint: provider.tokenUrl,
  };
  return { as, client: { client_id: app.clientId }, clientAuth: clientAuthOf(provider, app) };
}

function clientAuthOf(provider: OAuthProviderConfig, app: OAuthAppCredentials): oauth.ClientAuth {
  if (provider.clientAuth === "none") return oauth.None();
  if (!app.clientSecret) {
    // A public client (no secret) can still use PKCE; the provider decides whether that is enough.
    return oauth.None();
  }
  return provider.clientAuth === "client_secret_post" ? oauth.ClientSecretPost(app.clientSecret) : oauth.ClientSecretBasic(app.clientSecret);
}
