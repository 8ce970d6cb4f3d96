import { and, eq } from "drizzle-orm";
import type { VaultKeyring } from "@/core/vault";
import { sealConnectionCredentials, type ConnectionRef } from "@/server/connections/connection-credentials";
import { connections } from "@/server/db/schema/connections";
import type { Db } from "@/server/db/types";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { describeTokenError } from "./describe-token-error";
import { markConnectionNeedsReauth } from "./mark-needs-reauth";
import { OAuthTokenRequestError } from "./oauth-errors";
import { builtInOAuthProviders, type OAuthProviderLookup } from "./oauth-providers";
import { tokensToCredentials, type OAuthTokens } from "./oauth-tokens";
import { readOAuthConnection, reconnectRequired } from "./read-oauth-connection";
import { GrantRevoked, requestFreshTokens } from "./request-fresh-tokens";

/** Tokens expiring within this margin are refreshed before use, so a call never starts with a token about to lapse. */
export const REFRESH_MARGIN_MS = 60_000;

export interface AccessTokenOptions {
  providers?: OAuthProviderLookup;
  keyring?: VaultKeyring;
  /** The token an API just answered 401 to: refresh, unless another caller already replaced it. */
  rejectedToken?: string;
}

const expiresWithin = (tokens: OAuthTokens, marginMs: number) => tokens.expiresAt !== undefined && tokens.expiresAt.getTime() - Date.now() <= marginMs;

/**
 * A valid access token for an OAuth2 connection (engine only, inside a step). Refreshes when the token expires
 * within 60 s, or was rejected, under the connection's row lock: concurrent callers wait for the one refresh and
 * use its result. `invalid_grant` marks the connection needs_reauth, notifies the org and throws
 * OAuthReconnectRequiredError; other token-endpoint failures throw OAuthTokenRequestError (retriable).
 */
export async function getAccessToken(db: Db, ref: ConnectionRef, options: AccessTokenOptions = {}): Promise<string> {
  const keyring = options.keyring ?? getVaultKeyring();
  const current = await readOAuthConnection(db, ref, keyring);
  if (!options.rejectedToken && !expiresWithin(current.tokens, REFRESH_MARGIN_MS)) return current.tokens.accessToken;
  return refreshUnderLock(db, ref, options.rejectedToken ?? current.tokens.accessToken, { ...options, keyring });
}

async function refreshUnderLock(db: Db, ref: ConnectionRef, staleToken: string, options: AccessTokenOptions & { keyring: VaultKeyring }): Promise<string> {
  const providers = options.providers ?? builtInOAuthProviders;
  // A short transaction: lock the row, re-check, one token request (bounded by a timeout), store, commit.
  const outcome = await db.transaction(async (tx) => {
    const locked = await readOAuthConnection(tx, ref, options.keyring, { lock: true });
    // Someone refreshed while we waited for the lock: their token is the one to use.
    if (locked.tokens.accessToken !== staleToken && !expiresWithin(locked.tokens, 0)) return { accessToken: locked.tokens.accessToken };
    const provider = providers(locked.connectorId);
    if (!provider) throw new Error(`The connector "${locked.connectorId}" has no OAuth2 configuration, so the connection “${locked.name}” cannot be refreshed.`);
    let fresh: OAuthTokens | GrantRevoked;
    try {
      fresh = await requestFreshTokens(tx, ref.orgId, provider, locked.tokens);
    } catch (error) {
      throw new OAuthTokenRequestError(
        `Refreshing the connection “${locked.name}” failed: ${describeTokenError(provider.displayName, error) ?? `${provider.displayName}'s token endpoint could not be used`}. It will be tried again.`,
      );
    }
    if (fresh instanceof GrantRevoked) {
      await markConnectionNeedsReauth(tx, { orgId: ref.orgId, connectionId: ref.connectionId, reason: fresh.reason });
      return { revoked: reconnectRequired(locked, fresh.reason) };
    }
    await tx
      .update(connections)
      .set({ ...sealConnectionCredentials(options.keyring, ref, tokensToCredentials(fresh)), status: "active", lastError: null, updatedAt: new Date() })
      .where(and(eq(connections.orgId, ref.orgId), eq(connections.id, ref.connectionId)));
    return { accessToken: fresh.accessToken };
  });
  // Thrown after the commit, so the needs_reauth mark and the notification are kept.
  if ("revoked" in outcome) throw outcome.revoked;
  return outcome.accessToken;
}
