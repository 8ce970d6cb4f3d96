import { createHash } from "node:crypto";

export const OAUTH_STATE_TTL_MS = 10 * 60 * 1000;

/** The stored form of a `state`: its SHA-256, so a database read gives nobody a usable state. */
export function hashOAuthState(state: string): string {
  return createHash("sha256").update(state, "utf8").digest("base64url");
}

/** Binds the sealed PKCE verifier to its org and flow. */
export function codeVerifierAad(orgId: string, stateHash: string): string {
  return `${orgId}:oauth-state:${stateHash}`;
}
