import type * as oauth from "oauth4webapi";
import type { ConnectionCredentials } from "@/server/connections/connection-credentials";

/** What an OAuth2 connection keeps, sealed, as its credentials. */
export interface OAuthTokens {
  accessToken: string;
  refreshToken?: string;
  /** Absent when the provider gave no lifetime (the token lasts until revoked). */
  expiresAt?: Date;
  scope?: string;
  tokenType: string;
  /** The API host this grant is for, when the provider says (Salesforce's `instance_url`); stored as `baseUrl`. */
  instanceUrl?: string;
}

export const OAUTH_AUTH_TYPES = { authorization_code: "oauth2", client_credentials: "oauth2_client_credentials" } as const;
export type OAuthAuthType = (typeof OAUTH_AUTH_TYPES)[keyof typeof OAUTH_AUTH_TYPES];

export function isOAuthAuthType(authType: string): authType is OAuthAuthType {
  return authType === OAUTH_AUTH_TYPES.authorization_code || authType === OAUTH_AUTH_TYPES.client_credentials;
}

/**
 * Tokens from a token endpoint response. A refresh that returns no refresh token keeps the previous one (most
 * providers rotate only sometimes); one that returns a new one replaces it (rotation).
 */
export function tokensFromResponse(response: oauth.TokenEndpointResponse, previous?: OAuthTokens, now = Date.now()): OAuthTokens {
  const instanceUrl = instanceUrlOf(response) ?? previous?.instanceUrl;
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token ?? previous?.refreshToken,
    expiresAt: typeof response.expires_in === "number" ? new Date(now + response.expires_in * 1000) : undefined,
    scope: response.scope ?? previous?.scope,
    tokenType: response.token_type,
    ...(instanceUrl ? { instanceUrl } : {}),
  };
}

function instanceUrlOf(response: oauth.TokenEndpointResponse): string | undefined {
  const value = response.instance_url;
  return typeof value === "string" && URL.canParse(value) ? value : undefined;
}

export function tokensToCredentials(tokens: OAuthTokens): ConnectionCredentials {
  const credentials: ConnectionCredentials = { accessToken: tokens.accessToken, tokenType: tokens.tokenType };
  if (tokens.refreshToken) credentials.refreshToken = tokens.refreshToken;
  if (tokens.expiresAt) credentials.expiresAt = tokens.expiresAt.toISOString();
  if (tokens.scope) credentials.scope = tokens.scope;
  if (tokens.instanceUrl) credentials.baseUrl = tokens.instanceUrl;
  return credentials;
}

export function tokensFromCredentials(credentials: ConnectionCredentials): OAuthTokens | undefined {
  if (!credentials.accessToken) return undefined;
  const expiresAt = credentials.expiresAt ? new Date(credentials.expiresAt) : undefined;
  return {
    accessToken: credentials.accessToken,
    refreshToken: credentials.refreshToken || undefined,
    expiresAt: expiresAt && !Number.isNaN(expiresAt.getTime()) ? expiresAt : undefined,
    scope: credentials.scope || undefined,
    tokenType: credentials.tokenType || "bearer",
    ...(credentials.baseUrl ? { instanceUrl: credentials.baseUrl } : {}),
  };
}
