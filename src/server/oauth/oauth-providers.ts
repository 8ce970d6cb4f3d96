import { oauthProviderConfigSchema, type OAuthProviderConfig } from "@/core/oauth/oauth-provider-config";

/** Finds the OAuth2 configuration of a connector, or undefined when the connector does not use OAuth2. */
export type OAuthProviderLookup = (connectorId: string) => OAuthProviderConfig | undefined;

/**
 * OAuth2 providers known until the connector registry carries `auth: { kind: "oauth2", ... }` itself; then the
 * default lookup reads the registry instead. Keyed by connector id.
 */
const BUILT_IN_OAUTH_PROVIDERS: Record<string, OAuthProviderConfig> = {
  github: oauthProviderConfigSchema.parse({
    app: "github",
    displayName: "GitHub",
    grant: "authorization_code",
    authorizeUrl: "https://github.com/login/oauth/authorize",
    tokenUrl: "https://github.com/login/oauth/access_token",
    scopes: ["repo", "read:user"],
    clientAuth: "client_secret_post",
  }),
  gmail: oauthProviderConfigSchema.parse({
    app: "google",
    displayName: "Gmail",
    grant: "authorization_code",
    issuer: "https://accounts.google.com",
    authorizeUrl: "https://accounts.google.com/o/oauth2/v2/auth",
    tokenUrl: "https://oauth2.googleapis.com/token",
    scopes: ["https://www.googleapis.com/auth/gmail.modify"],
    clientAuth: "client_secret_post",
    // Google returns a refresh token only with offline access, and again on a re-consent.
    authorizeParams: { access_type: "offline", prompt: "consent" },
  }),
  "google-sheets": oauthProviderConfigSchema.parse({
    app: "google",
    displayName: "Google Sheets",
    grant: "authorization_code",
    issuer: "https://accounts.google.com",
    authorizeUrl: "https://accounts.google.com/o/oauth2/v2/auth",
    tokenUrl: "https://oauth2.googleapis.com/token",
    scopes: ["https://www.googleapis.com/auth/spreadsheets"],
    clientAuth: "client_secret_post",
    authorizeParams: { access_type: "offline", prompt: "consent" },
  }),
};

export const builtInOAuthProviders: OAuthProviderLookup = (connectorId) =>
  Object.hasOwn(BUILT_IN_OAUTH_PROVIDERS, connectorId) ? BUILT_IN_OAUTH_PROVIDERS[connectorId] : undefined;
