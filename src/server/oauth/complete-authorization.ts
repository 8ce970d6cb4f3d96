import { and, eq } from "drizzle-orm";
import * as oauth from "oauth4webapi";
import { can } from "@/core/authz";
import { DomainError } from "@/core/errors/domain-errors";
import { openSealed } from "@/core/vault";
import { memberships, organizations } from "@/server/db/schema";
import { oauthStates } from "@/server/db/schema/oauth";
import type { Db } from "@/server/db/types";
import { logger } from "@/server/log/logger";
import type { SignedInUser } from "@/server/services/context";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { resolveOAuthAppCredentials } from "./oauth-app-credentials";
import { oauthClientSetup } from "./oauth-client";
import { describeTokenError } from "./describe-token-error";
import { oauthRequestOptions } from "./oauth-http";
import { normalizeTokenResponse, TOKEN_RESPONSE_OPTIONS } from "./token-response";
import { oauthProviderFor, type OAuthProviderLookup } from "./oauth-providers";
import { oauthRedirectUri } from "./oauth-redirect-uri";
import { codeVerifierAad, hashOAuthState } from "./oauth-state";
import { OAUTH_AUTH_TYPES, tokensFromResponse } from "./oauth-tokens";
import { storeOAuthConnection } from "./store-oauth-connection";

export type OAuthCallbackResult =
  | { ok: true; orgSlug: string; connectionId: string }
  /** `orgSlug` when the flow was recognised, so the user lands back on that org's connections page. */
  | { ok: false; message: string; orgSlug?: string };

export interface CompleteAuthorizationInput {
  db: Db;
  user: SignedInUser;
  /** The callback request's query parameters (code, state, iss — or error). */
  params: URLSearchParams;
  providers?: OAuthProviderLookup;
  redirectUri?: string;
}

const STATE_NOT_VALID =
  "This sign-in link is not valid: it was already used, it expired, or it was started by another user. Start connecting again from the Connections page.";

/**
 * The OAuth callback: consumes the state once (only the user who started the flow can), checks it has not expired,
 * that the user may still change the org's connections and that the redirect URI is the configured one, exchanges
 * the code (with the PKCE verifier) and seals the tokens into a new or reconnected connection.
 */
export async function completeAuthorization({
  db,
  user,
  params,
  providers,
  redirectUri = oauthRedirectUri(),
}: CompleteAuthorizationInput): Promise<OAuthCallbackResult> {
  const state = params.get("state");
  if (!state) return { ok: false, message: "The provider sent no state back, so this sign-in cannot be matched to a connection. Start connecting again." };
  const stateHash = hashOAuthState(state);
  // One statement both finds and consumes the state: a second use (or a concurrent one) finds nothing.
  const [flow] = await db
    .delete(oauthStates)
    .where(and(eq(oauthStates.stateHash, stateHash), eq(oauthStates.userId, user.id)))
    .returning();
  if (!flow) return { ok: false, message: STATE_NOT_VALID };
  if (flow.expiresAt.getTime() <= Date.now()) return { ok: false, message: STATE_NOT_VALID };

  const [membership] = await db
    .select({ slug: organizations.slug, role: memberships.role })
    .from(organizations)
    .innerJoin(memberships, and(eq(memberships.orgId, organizations.id), eq(memberships.userId, user.id)))
    .where(eq(organizations.id, flow.orgId))
    .limit(1);
  if (!membership) return { ok: false, message: STATE_NOT_VALID };
  const orgSlug = membership.slug;
  const fail = (message: string): OAuthCallbackResult => ({ ok: false, message, orgSlug });
  if (!can(membership.role, "connections.write")) {
    return fail(`Your role (${membership.role}) no longer allows changing connections (connections.write). Ask an owner or admin.`);
  }
  if (flow.redirectUri !== redirectUri) {
    return fail("The app's address (APP_URL) changed while you were signing in, so the redirect URI no longer matches. Start connecting again.");
  }
  const provider = providers ? providers(flow.connectorId) : await oauthProviderFor(db, flow.orgId, flow.connectorId);
  if (!provider || provider.grant !== "authorization_code") return fail(`The connector "${flow.connectorId}" no longer connects with OAuth2.`);

  try {
    const app = await resolveOAuthAppCredentials(db, flow.orgId, provider);
    const { as, client, clientAuth } = oauthClientSetup(provider, app);
    const callbackParams = oauth.validateAuthResponse(as, client, params, state);
    const codeVerifier = flow.sealedCodeVerifier
      ? openSealed(getVaultKeyring(), flow.sealedCodeVerifier, codeVerifierAad(flow.orgId, stateHash))
      : oauth.nopkce;
    const response = await oauth.authorizationCodeGrantRequest(as, client, clientAuth, callbackParams, flow.redirectUri, codeVerifier, {
      ...oauthRequestOptions(provider.tokenUrl),
      additionalParameters: provider.tokenParams,
    });
    const tokens = tokensFromResponse(await oauth.processAuthorizationCodeResponse(as, client, await normalizeTokenResponse(response), TOKEN_RESPONSE_OPTIONS));
    const actor = { type: "user" as const, userId: user.id, label: user.email };
    const connectionId = await db.transaction((tx) =>
      storeOAuthConnection(tx, {
        orgId: flow.orgId,
        actor,
        connectorId: flow.connectorId,
        authType: OAUTH_AUTH_TYPES.authorization_code,
        tokens,
        target: flow.connectionId ? { connectionId: flow.connectionId } : { name: flow.connectionName ?? provider.displayName },
      }),
    );
    return { ok: true, orgSlug, connectionId };
  } catch (error) {
    if (error instanceof DomainError) return fail(error.message);
    if (error instanceof oauth.AuthorizationResponseError) {
      return fail(`${provider.displayName} did not grant access (${error.error}${error.error_description ? `: ${error.error_description}` : ""}). Try connecting again.`);
    }
    const described = describeTokenError(provider.displayName, error);
    if (!described) logger.error({ err: error, connectorId: flow.connectorId, orgId: flow.orgId }, "OAuth code exchange failed");
    return fail(described ?? `Connecting to ${provider.displayName} failed on our side. Try again; if it keeps happening, contact support.`);
  }
}
