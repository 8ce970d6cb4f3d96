import { hmacSha256ConfigSchema, type HmacSha256Config } from "@/core/webhooks/hmac-sha256-config";
import type { ServiceContext } from "../context";
import type { WebhookEndpointRow } from "./get-webhook-in-org";
import { webhookActivity, type WebhookActivity } from "./webhook-activity";
import { webhookUrls } from "./webhook-urls";

/** The generic scheme's settings as stored; null for the other schemes (or settings that no longer parse). */
export function hmacConfigOf(row: Pick<WebhookEndpointRow, "scheme" | "schemeConfig">): HmacSha256Config | null {
  if (row.scheme !== "hmac_sha256") return null;
  const parsed = hmacSha256ConfigSchema.safeParse(row.schemeConfig);
  return parsed.success ? parsed.data : null;
}

/**
 * Endpoints as the API returns them: where to deliver, how deliveries are signed, the masked hint of the secret stored
 * when it was sealed (never the secret; null for a secret set before hints were stored), what they start and how busy
 * they are. No secret is opened here: a secret that no longer opens shows up as the endpoint's last rejection.
 * `now` decides whether a rotation's overlap is still running.
 */
export async function describeWebhooks(ctx: ServiceContext, rows: WebhookEndpointRow[], now = new Date()) {
  const activity = await webhookActivity(ctx, rows.map((row) => row.id), now);
  return rows.map((row) => {
    const { workflows, deliveries24h } = activity.get(row.id) ?? ({ workflows: [], deliveries24h: { total: 0, hourly: [] } } satisfies WebhookActivity);
    const overlapEnds = row.previousSecretExpiresAt && row.previousSecretExpiresAt.getTime() > now.getTime() ? row.previousSecretExpiresAt : null;
    return {
      id: row.id,
      name: row.name,
      ...webhookUrls(row.id),
      scheme: row.scheme,
      config: hmacConfigOf(row),
      connectorTrigger: row.connectorTrigger,
      events: row.events,
      enabled: row.enabled,
      rateLimitPerMinute: row.rateLimitPerMinute,
      secret:
        row.scheme === "none"
          ? null
          : {
              hint: row.secretHint,
              rotatedAt: row.secretRotatedAt,
              previousValidUntil: overlapEnds,
            },
      lastRejection: row.lastRejectedAt ? { at: row.lastRejectedAt, reason: row.lastRejectionReason ?? "Refused." } : null,
      workflows,
      deliveries24h,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  });
}

export type WebhookEndpointDescription = Awaited<ReturnType<typeof describeWebhooks>>[number];
