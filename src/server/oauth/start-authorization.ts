import { and, eq, lt } from "drizzle-orm";
import * as oauth from "oauth4webapi";
import { z } from "zod";
import { forbidden, invalid } from "@/core/errors/domain-errors";
import { sealSecret } from "@/core/vault";
import { connections } from "@/server/db/schema/connections";
import { oauthStates } from "@/server/db/schema/oauth";
import type { ServiceContext } from "@/server/services/context";
import { connectionNameSchema, connectionNameTaken, connectorIdSchema } from "@/server/services/connections/connection-inputs";
import { getConnectionInOrg } from "@/server/services/connections/get-connection-in-org";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { resolveOAuthAppCredentials } from "./oauth-app-credentials";
import { notAnOAuthConnector } from "./oauth-errors";
import { oauthProviderFor, type OAuthProviderLookup } from "./oauth-providers";
import { oauthRedirectUri } from "./oauth-redirect-uri";
import { codeVerifierAad, hashOAuthState, OAUTH_STATE_TTL_MS } from "./oauth-state";

export const startAuthorizationInput = z.union([
  z.object({ connectorId: connectorIdSchema, connectionName: connectionNameSchema }),
  z.object({ connectionId: z.uuid("Unknown connection.") }),
]);

export interface StartAuthorizationOptions {
  providers?: OAuthProviderLookup;
  redirectUri?: string;
}

/**
 * Begins an authorization-code flow for a new connection (`connectorId` + `connectionName`) or to reconnect one
 * (`connectionId`): stores a single-use state bound to this user and org for 10 minutes, with the PKCE verifier
 * sealed, and returns the provider's authorize URL to send the browser to.
 */
export async function startAuthorization(
  { ctx, input }: { ctx: ServiceContext; input: z.infer<typeof startAuthorizationInput> },
  { providers, redirectUri = oauthRedirectUri() }: StartAuthorizationOptions = {},
): Promise<{ authorizeUrl: string }> {
  if (ctx.actor.type !== "user") throw forbidden("Connecting with OAuth needs a signed-in user: the provider asks that person to consent.");
  const userId = ctx.actor.userId;

  const target =
    "connectionId" in input
      ? await getConnectionInOrg(ctx, input.connectionId).then((c) => ({ connectorId: c.connectorId, connectionId: c.id, connectionName: null }))
      : { connectorId: input.connectorId, connectionId: null, connectionName: input.connectionName };
  const provider = providers ? providers(target.connectorId) : await oauthProviderFor(ctx.db, ctx.org.id, target.connectorId);
  if (!provider) throw notAnOAuthConnector(target.connectorId);
  if (provider.grant !== "authorization_code" || !provider.authorizeUrl) {
    throw invalid(`${provider.displayName} connects with the client-credentials grant, without a browser sign-in; create the connection directly.`);
  }
  if (target.connectionName) {
    const [taken] = await ctx.db
      .select({ id: connections.id })
      .from(connections)
      .where(and(eq(connections.orgId, ctx.org.id), eq(connections.name, target.connectionName)))
      .limit(1);
    if (taken) throw connectionNameTaken(target.connectionName);
  }
  const app = await resolveOAuthAppCredentials(ctx.db, ctx.org.id, provider);

  const state = oauth.generateRandomState();
  const stateHash = hashOAuthState(state);
  const codeVerifier = provider.pkce ? oauth.generateRandomCodeVerifier() : null;
  const now = Date.now();
  // Abandoned flows are swept here rather than by a job: each start removes what expired in its own org.
  await ctx.db.delete(oauthStates).where(and(eq(oauthStates.orgId, ctx.org.id), lt(oauthStates.expiresAt, new Date(now))));
  await ctx.db.insert(oauthStates).values({
    stateHash,
    orgId: ctx.org.id,
    userId,
    connectorId: target.connectorId,
    connectionName: target.connectionName,
    connectionId: target.connectionId,
    sealedCodeVerifier: codeVerifier ? sealSecret(getVaultKeyring(), codeVerifier, codeVerifierAad(ctx.org.id, stateHash)) : null,
    redirectUri,
    expiresAt: new Date(now + OAUTH_STATE_TTL_MS),
  });

  const url = new URL(provider.authorizeUrl);
  for (const [name, value] of Object.entries(provider.authorizeParams)) url.searchParams.set(name, value);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", app.clientId);
  url.searchParams.set("redirect_uri", redirectUri);
  if (provider.scopes.length > 0) url.searchParams.set("scope", provider.scopes.join(provider.scopeSeparator));
  url.searchParams.set("state", state);
  if (codeVerifier) {
    url.searchParams.set("code_challenge", await oauth.calculatePKCECodeChallenge(codeVerifier));
    url.searchParams.set("code_challenge_method", "S256");
  }
  return { authorizeUrl: url.toString() };
}
