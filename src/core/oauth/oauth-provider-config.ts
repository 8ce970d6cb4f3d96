import { z } from "zod";

/**
 * How Junction talks OAuth2 to one provider. A connector's `auth: { kind: "oauth2", ... }` carries one of these;
 * the OAuth app's client id and secret are not part of it (they come from the environment or an org's override).
 */
export const oauthProviderConfigSchema = z.object({
  /**
   * The OAuth app this provider uses: OAUTH_<APP>_CLIENT_ID / _CLIENT_SECRET and the per-org override are looked up
   * by it. Connectors of one vendor share it (gmail and google-sheets both use "google").
   */
  app: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, "An OAuth app id is lowercase letters, digits or '-' (e.g. google)."),
  /** Display name for messages ("GitHub"). */
  displayName: z.string().min(1),
  grant: z.enum(["authorization_code", "client_credentials"]),
  /** The `iss` the provider puts in authorization responses (RFC 9207), when it does; else the authorize URL's origin. */
  issuer: z.url().optional(),
  authorizeUrl: z.url().optional(),
  tokenUrl: z.url(),
  scopes: z.array(z.string().min(1)).default([]),
  /** Some providers (e.g. Slack v1) separate scopes with commas. */
  scopeSeparator: z.enum([" ", ","]).default(" "),
  /** PKCE with S256. Providers that support it should always have it on. */
  pkce: z.boolean().default(true),
  clientAuth: z.enum(["client_secret_basic", "client_secret_post", "none"]).default("client_secret_basic"),
  /** Extra query parameters of the authorization request (e.g. Google's access_type=offline, prompt=consent). */
  authorizeParams: z.record(z.string(), z.string()).default({}),
  /** Extra body parameters of token requests (e.g. an audience for client credentials). */
  tokenParams: z.record(z.string(), z.string()).default({}),
}).refine((config) => config.grant !== "authorization_code" || config.authorizeUrl, {
  message: "An authorization-code provider needs an authorizeUrl.",
  path: ["authorizeUrl"],
});

export type OAuthProviderConfig = z.output<typeof oauthProviderConfigSchema>;
export type OAuthProviderConfigInput = z.input<typeof oauthProviderConfigSchema>;

/** Env-variable stem of an OAuth app: "google" → OAUTH_GOOGLE_CLIENT_ID; "x-corp" → OAUTH_X_CORP_CLIENT_ID. */
export function oauthAppEnvPrefix(app: string): string {
  return `OAUTH_${app.toUpperCase().replaceAll("-", "_")}`;
}
