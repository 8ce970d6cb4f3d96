import { createHash, randomBytes } from "node:crypto";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Invitation tokens are high-entropy, so a plain SHA-256 is enough to keep stored hashes useless to a thief. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function invitationLink(appUrl: string, token: string): string {
  return new URL(`/invite/${token}`, appUrl).toString();
}
