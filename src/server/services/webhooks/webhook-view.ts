import { webhookEndpoints } from "@/server/db/schema/webhooks";

/**
 * The columns of an endpoint any API may return. The sealed secrets are deliberately absent: read paths select
 * these and nothing else, so a sealed value cannot leak through a `select *`. The secret's masked hint was computed
 * when it was sealed, so no read path opens a secret.
 */
export const webhookEndpointView = {
  id: webhookEndpoints.id,
  name: webhookEndpoints.name,
  scheme: webhookEndpoints.scheme,
  schemeConfig: webhookEndpoints.schemeConfig,
  connectorTrigger: webhookEndpoints.connectorTrigger,
  events: webhookEndpoints.events,
  secretHint: webhookEndpoints.secretHint,
  previousSecretExpiresAt: webhookEndpoints.previousSecretExpiresAt,
  secretRotatedAt: webhookEndpoints.secretRotatedAt,
  rateLimitPerMinute: webhookEndpoints.rateLimitPerMinute,
  enabled: webhookEndpoints.enabled,
  lastRejectedAt: webhookEndpoints.lastRejectedAt,
  lastRejectionReason: webhookEndpoints.lastRejectionReason,
  createdBy: webhookEndpoints.createdBy,
  createdAt: webhookEndpoints.createdAt,
  updatedAt: webhookEndpoints.updatedAt,
};

