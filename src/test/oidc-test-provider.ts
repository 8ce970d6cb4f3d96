import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import type { OAuthProviderConfig } from "@/core/oauth/oauth-provider-config";
import { oauthProviderConfigSchema } from "@/core/oauth/oauth-provider-config";

export const TEST_CLIENT_ID = "junction-test-client";
export const TEST_CLIENT_SECRET = "junction-test-client-secret-0123456789";
export const TEST_ACCOUNT = "alice";

export interface TestOidcProvider {
  issuer: string;
  provider: Provider;
  /** POSTs to the token endpoint, by grant type. */
  tokenRequests: Record<string, number>;
  /** The provider's configuration as a connector would carry it (authorization code + PKCE, client_secret_basic). */
  codeProvider: OAuthProviderConfig;
  clientCredentialsProvider: OAuthProviderConfig;
  close(): Promise<void>;
}

/**
 * A real OAuth2 server (oidc-provider) on 127.0.0.1: one confidential client with the exact redirect URI, PKCE
 * required, refresh tokens rotated on every use, client credentials enabled. Sign-in and consent are granted
 * automatically to TEST_ACCOUNT when the browser reaches the interaction URL.
 */
export async function startTestOidcProvider({ redirectUri, accessTokenTtl = 120 }: { redirectUri: string; accessTokenTtl?: number }): Promise<TestOidcProvider> {
  const tokenRequests: Record<string, number> = {};
  let handler: http.RequestListener = (_req, res) => res.end();
  const server = http.createServer((req, res) => {
    if (req.method === "POST" && req.url?.startsWith("/token")) {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        const grant = new URLSearchParams(body).get("grant_type") ?? "unknown";
        tokenRequests[grant] = (tokenRequests[grant] ?? 0) + 1;
      });
    }
    handler(req, res);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_secret: TEST_CLIENT_SECRET,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code", "refresh_token", "client_credentials"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
        scope: "openid offline_access api:read",
      },
    ],
    pkce: { required: () => true },
    scopes: ["openid", "offline_access", "api:read"],
    features: { devInteractions: { enabled: false }, clientCredentials: { enabled: true } },
    ttl: { AccessToken: accessTokenTtl, ClientCredentials: accessTokenTtl, RefreshToken: 3600, Grant: 3600, Interaction: 600, Session: 600 },
    rotateRefreshToken: true,
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed("refresh_token"),
    findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub }) }),
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ["junction-test-cookie-key"] },
  });
  // Sign-in and consent in one step: the test user approves whatever the client asked for.
  provider.use(async (ctx, next) => {
    if (!ctx.path.startsWith("/interaction/")) return next();
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    const grant = new provider.Grant({ accountId: TEST_ACCOUNT, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope ?? ""));
    grant.addResourceScope(issuer, String(details.params.scope ?? ""));
    const grantId = await grant.save();
    ctx.redirect(await provider.interactionResult(ctx.req, ctx.res, { login: { accountId: TEST_ACCOUNT }, consent: { grantId } }, { mergeWithLastSubmission: false }));
  });
  handler = provider.callback();

  const base = { displayName: "Loopback OAuth", issuer, tokenUrl: `${issuer}/token`, clientAuth: "client_secret_basic" as const };
  return {
    issuer,
    provider,
    tokenRequests,
    codeProvider: oauthProviderConfigSchema.parse({ ...base, app: "loopback", grant: "authorization_code", authorizeUrl: `${issuer}/auth`, scopes: ["api:read"] }),
    clientCredentialsProvider: oauthProviderConfigSchema.parse({ ...base, app: "loopback", grant: "client_credentials", scopes: [] }),
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

/**
 * Plays the browser: follows the authorize URL's redirects through the provider (keeping its cookies) until it is
 * sent to the redirect URI, and returns that callback URL.
 */
export async function followAuthorization(authorizeUrl: string, redirectUri: string): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = new URL(authorizeUrl);
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(url, { redirect: "manual", headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; ") } });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const eq = pair!.indexOf("=");
      cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    const location = response.headers.get("location");
    if (!location) throw new Error(`The provider answered ${response.status} at ${url.pathname} without a redirect: ${(await response.text()).slice(0, 300)}`);
    await response.body?.cancel();
    url = new URL(location, url);
    if (url.toString().startsWith(redirectUri)) return url;
  }
  throw new Error("Too many redirects at the provider.");
}
