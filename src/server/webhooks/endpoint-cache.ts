import { eq } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { connectorRegistry } from "@/connectors";
import type { WebhookTrigger } from "@/core/connectors";
import { hmacSha256ConfigSchema, type HmacSha256Config } from "@/core/webhooks";
import type { VaultKeyring } from "@/core/vault";
import { webhookEndpoints, type WebhookScheme } from "@/server/db/schema/webhooks";
import type { DbOrTx } from "@/server/db/types";
import { splitTriggerId } from "@/server/triggers/connector-trigger-of";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { openWebhookSecrets, type OpenedWebhookSecrets } from "./webhook-secrets";

/** What intake needs of an endpoint, secrets opened: resolved once per cache entry, not once per delivery. */
export interface ResolvedEndpoint {
  id: string;
  orgId: string;
  scheme: WebhookScheme;
  /** The generic HMAC scheme's settings (undefined for the other schemes). */
  config: HmacSha256Config | undefined;
  /**
   * The connector webhook trigger whose `eventOf` names this endpoint's deliveries' events: the one it receives, else
   * for a provider's own scheme (GitHub, Stripe, Slack) that provider's — so `issues.opened` means the same with or
   * without a connector trigger chosen.
   */
  connectorTrigger: WebhookTrigger | undefined;
  enabled: boolean;
  rateLimitPerMinute: number;
  secrets: OpenedWebhookSecrets;
  /** Why deliveries cannot be verified (a secret that does not open, settings that do not parse); never a secret. */
  unusable: string | undefined;
}

export interface EndpointCacheOptions {
  /** How long a found endpoint is used before it is read again: the bound on a change made in another process. */
  ttlMs?: number;
  /** How long "no such endpoint" is remembered: short, so a new endpoint answers soon from every process. */
  missingTtlMs?: number;
  max?: number;
  keyring?: () => VaultKeyring;
}

export const ENDPOINT_CACHE_TTL_MS = 5_000;

/** Ids are `wh_` + base64url; anything else is answered 404 without a query. */
const PLAUSIBLE_ID = /^[A-Za-z0-9_-]{1,128}$/;

type Entry = { endpoint: ResolvedEndpoint | null };

/**
 * Endpoints by id for intake, kept briefly (5 s): the hot path must not read the row and open its secrets for every
 * delivery. The endpoint services call `invalidateEndpoint(id)` after a change (disable, rotate, delete) so this process
 * sees it at once; other processes see it within the TTL. Concurrent misses for one id share one read.
 */
export class EndpointCache {
  private readonly entries: LRUCache<string, Entry>;
  /** Reads in flight; `invalidate` marks one stale so what it found (from before the change) is not kept. */
  private readonly loading = new Map<string, { read: Promise<ResolvedEndpoint | null>; stale: boolean }>();
  private readonly missingTtlMs: number;
  private readonly keyring: () => VaultKeyring;

  constructor(options: EndpointCacheOptions = {}) {
    this.entries = new LRUCache<string, Entry>({ max: options.max ?? 10_000, ttl: options.ttlMs ?? ENDPOINT_CACHE_TTL_MS });
    this.missingTtlMs = options.missingTtlMs ?? 1_000;
    this.keyring = options.keyring ?? getVaultKeyring;
  }

  async get(db: DbOrTx, id: string): Promise<ResolvedEndpoint | null> {
    if (!PLAUSIBLE_ID.test(id)) return null;
    const cached = this.entries.get(id);
    if (cached) return cached.endpoint;
    const inFlight = this.loading.get(id);
    if (inFlight) return inFlight.read;
    const loading = {
      stale: false,
      read: this.load(db, id).then(
        (endpoint) => {
          if (!loading.stale) this.entries.set(id, { endpoint }, endpoint ? {} : { ttl: this.missingTtlMs });
          if (this.loading.get(id) === loading) this.loading.delete(id);
          return endpoint;
        },
        (error: unknown) => {
          if (this.loading.get(id) === loading) this.loading.delete(id);
          throw error;
        },
      ),
    };
    this.loading.set(id, loading);
    return loading.read;
  }

  invalidate(id: string): void {
    this.entries.delete(id);
    const inFlight = this.loading.get(id);
    if (inFlight) inFlight.stale = true;
    this.loading.delete(id);
  }

  private async load(db: DbOrTx, id: string): Promise<ResolvedEndpoint | null> {
    const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)).limit(1);
    if (!row) return null;
    let unusable: string | undefined;
    let secrets: OpenedWebhookSecrets = { current: null, previous: null };
    try {
      secrets = openWebhookSecrets(this.keyring(), row);
    } catch (error) {
      // A VaultError's message names the key version and what to do, never the secret.
      unusable = `the endpoint's secret cannot be opened (${error instanceof Error ? error.message : String(error)})`;
    }
    if (row.scheme !== "none" && secrets.current === null) unusable ??= `the endpoint has no secret for scheme "${row.scheme}"`;
    let config: HmacSha256Config | undefined;
    if (row.scheme === "hmac_sha256") {
      const parsed = hmacSha256ConfigSchema.safeParse(row.schemeConfig);
      if (parsed.success) config = parsed.data;
      else unusable ??= "the endpoint's HMAC settings are not valid";
    }
    return {
      id: row.id,
      orgId: row.orgId,
      scheme: row.scheme,
      config,
      connectorTrigger: connectorWebhookTrigger(row.connectorTrigger) ?? providerWebhookTrigger(row.scheme),
      enabled: row.enabled,
      rateLimitPerMinute: row.rateLimitPerMinute,
      secrets,
      unusable,
    };
  }
}

/** The built-in connector's webhook trigger `<connector>.<trigger>` names, if it is one. */
export function connectorWebhookTrigger(triggerId: string | null): WebhookTrigger | undefined {
  if (!triggerId) return undefined;
  const { connectorId, triggerId: id } = splitTriggerId(triggerId);
  const trigger = connectorRegistry.get(connectorId)?.triggers.find((candidate) => candidate.id === id);
  return trigger?.kind === "webhook" ? trigger : undefined;
}

/** The first built-in webhook trigger signed with `scheme` (GitHub's, Stripe's, Slack's); none for the generic schemes. */
export function providerWebhookTrigger(scheme: string): WebhookTrigger | undefined {
  for (const connector of connectorRegistry.list()) {
    for (const trigger of connector.triggers) if (trigger.kind === "webhook" && trigger.signatureScheme === scheme) return trigger;
  }
  return undefined;
}

// Next.js bundles the route handler and instrumentation (which starts the lean listener) separately: one cache per process.
const globalForEndpoints = globalThis as unknown as { __junctionWebhookEndpoints?: EndpointCache };

/** The process's endpoint cache, shared by every intake in it. */
export function getEndpointCache(): EndpointCache {
  globalForEndpoints.__junctionWebhookEndpoints ??= new EndpointCache();
  return globalForEndpoints.__junctionWebhookEndpoints;
}

/**
 * Forget what this process knows of endpoint `id`: call it after any change to the endpoint (disable, rotate the
 * secret, change scheme or limits, delete). Other processes pick the change up within ENDPOINT_CACHE_TTL_MS (5 s).
 */
export function invalidateEndpoint(id: string): void {
  getEndpointCache().invalidate(id);
}
