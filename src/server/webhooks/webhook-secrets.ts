import { credentialHint, openSealed, sealSecret, VaultError, type VaultKeyring } from "@/core/vault";

export interface WebhookEndpointRef {
  orgId: string;
  endpointId: string;
}

/** Binds a sealed secret to its endpoint and org: a value copied to another endpoint or org fails to open. */
export function webhookSecretAad({ orgId, endpointId }: WebhookEndpointRef): string {
  return `webhook:${orgId}:${endpointId}`;
}

/** Seals an endpoint's signing secret (the endpoint id must be chosen before sealing); the one way secrets are stored. */
export function sealWebhookSecret(keyring: VaultKeyring, ref: WebhookEndpointRef, secret: string): string {
  return sealSecret(keyring, secret, webhookSecretAad(ref));
}

/** The columns that hold an endpoint's current secret. */
export interface CurrentWebhookSecretColumns {
  sealedSecret: string | null;
  /** "••••abcd", stored beside the sealed value so get and list show it without opening the secret. */
  secretHint: string | null;
}

/** Seals a new current secret and computes its masked hint; both null for scheme `none` (no secret). */
export function currentWebhookSecretColumns(keyring: VaultKeyring, ref: WebhookEndpointRef, secret: string | null): CurrentWebhookSecretColumns {
  if (secret === null) return { sealedSecret: null, secretHint: null };
  return { sealedSecret: sealWebhookSecret(keyring, ref, secret), secretHint: credentialHint({ secret }) };
}

/** Whether a sealed secret of this endpoint opens with the keyring (false for a removed key or a foreign value). */
export function webhookSecretOpens(keyring: VaultKeyring, ref: WebhookEndpointRef, sealed: string): boolean {
  try {
    openSealed(keyring, sealed, webhookSecretAad(ref));
    return true;
  } catch (error) {
    if (error instanceof VaultError) return false;
    throw error;
  }
}

/** The sealed columns of an endpoint row. */
export interface SealedWebhookSecrets {
  orgId: string;
  id: string;
  sealedSecret: string | null;
  sealedPreviousSecret: string | null;
  previousSecretExpiresAt: Date | null;
}

export interface OpenedWebhookSecrets {
  /** Null for scheme `none`. */
  current: string | null;
  /** The secret before the last rotation, accepted until `expiresAt`. */
  previous: { secret: string; expiresAt: Date } | null;
}

/**
 * Opens an endpoint's secrets; a VaultError (never the secret) when one cannot be opened. A previous secret without
 * an expiry is left closed: a rotation always sets one, so it is not accepted for ever by mistake.
 */
export function openWebhookSecrets(keyring: VaultKeyring, endpoint: SealedWebhookSecrets): OpenedWebhookSecrets {
  const ref = { orgId: endpoint.orgId, endpointId: endpoint.id };
  const current = endpoint.sealedSecret === null ? null : openSealed(keyring, endpoint.sealedSecret, webhookSecretAad(ref));
  const previous =
    endpoint.sealedPreviousSecret !== null && endpoint.previousSecretExpiresAt !== null
      ? { secret: openSealed(keyring, endpoint.sealedPreviousSecret, webhookSecretAad(ref)), expiresAt: endpoint.previousSecretExpiresAt }
      : null;
  return { current, previous };
}

/** The secrets a signature may match at `now`: the current one first, then the previous one inside its overlap. */
export function secretsAcceptedAt(secrets: OpenedWebhookSecrets, now: Date): string[] {
  const accepted = secrets.current === null ? [] : [secrets.current];
  if (secrets.previous && secrets.previous.expiresAt.getTime() > now.getTime()) accepted.push(secrets.previous.secret);
  return accepted;
}
