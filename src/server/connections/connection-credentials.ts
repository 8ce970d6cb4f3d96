import { z } from "zod";
import { credentialHint, openSealed, sealSecret, VaultError, type VaultKeyring } from "@/core/vault";

/** What a connection's credentials are once opened: field name → value (API key, username, token…). */
export type ConnectionCredentials = Record<string, string>;

export interface ConnectionRef {
  orgId: string;
  connectionId: string;
}

const openedCredentialsSchema = z.record(z.string(), z.string());

/** Binds sealed credentials to their row and org: a value copied to another connection or org fails to open. */
export function connectionAad({ orgId, connectionId }: ConnectionRef): string {
  return `${orgId}:${connectionId}`;
}

/** Seals credentials for one connection (whose id must exist before sealing) and computes the masked hint shown instead. */
export function sealConnectionCredentials(keyring: VaultKeyring, ref: ConnectionRef, credentials: ConnectionCredentials) {
  return {
    sealedCredentials: sealSecret(keyring, JSON.stringify(credentials), connectionAad(ref)),
    credentialHint: credentialHint(credentials),
  };
}

/** Opens a connection's sealed credentials; a VaultError (never the secret) when they cannot be opened. */
export function openConnectionCredentialsValue(keyring: VaultKeyring, ref: ConnectionRef, sealed: string): ConnectionCredentials {
  const plaintext = openSealed(keyring, sealed, connectionAad(ref));
  let value: unknown;
  try {
    value = JSON.parse(plaintext);
  } catch {
    value = undefined;
  }
  const parsed = openedCredentialsSchema.safeParse(value);
  if (!parsed.success) throw new VaultError("malformed", "The stored credentials opened but are not a set of named values; reconnect to store them again.");
  return parsed.data;
}
