import { openSealed, sealSecret, type VaultKeyring } from "@/core/vault";

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
