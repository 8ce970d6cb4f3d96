import { randomBytes } from "node:crypto";
import { z } from "zod";
import { invalid } from "@/core/errors/domain-errors";
import { webhookEndpoints } from "@/server/db/schema/webhooks";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { invalidateEndpoint } from "@/server/webhooks/endpoint-cache";
import { currentWebhookSecretColumns } from "@/server/webhooks/webhook-secrets";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { getWebhook } from "./get";
import { schemeConfigFor } from "./scheme-config";
import { resolveWebhookConnectorTrigger } from "./webhook-connector-triggers";
import {
  hmacConfigSchema,
  pastedSecretSchema,
  rateLimitPerMinuteSchema,
  webhookEventsSchema,
  webhookNameSchema,
  webhookNameTaken,
  webhookSchemeSchema,
} from "./webhook-inputs";
import { chooseWebhookSecret } from "./webhook-secret-input";

export const createWebhookInput = z.object({
  name: webhookNameSchema,
  scheme: webhookSchemeSchema,
  /** Generic HMAC-SHA256 only: where the signature is and how it is written (defaults: x-signature, hex). */
  config: hmacConfigSchema.optional(),
  /** A connector's webhook trigger (`github.webhook`): its scheme must be the endpoint's. */
  connectorTrigger: z.string("Choose a connector trigger such as github.webhook.").trim().min(1).max(100).optional(),
  events: webhookEventsSchema.default([]),
  rateLimitPerMinute: rateLimitPerMinuteSchema.optional(),
  /** The provider's signing secret (GitHub, Stripe, Slack); generated when absent. */
  secret: pastedSecretSchema.optional(),
});

/** `wh_` + 32 base64url characters (192 random bits): the URL cannot be guessed. */
export const newWebhookEndpointId = () => `wh_${randomBytes(24).toString("base64url")}`;

/**
 * Creates an endpoint with its secret sealed to (org, endpoint id). The secret is returned here, once: no other
 * call ever returns it (get and list show a masked hint).
 */
export async function createWebhook({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof createWebhookInput> }) {
  const schemeConfig = schemeConfigFor(input.scheme, input.config);
  if (input.connectorTrigger !== undefined) resolveWebhookConnectorTrigger(input.connectorTrigger, input.scheme);
  const { secret, source } = chooseWebhookSecret(input.scheme, input.secret);
  if (input.scheme !== "none" && secret === null) throw invalid("No secret could be made for this scheme.", "scheme");
  // The id is part of the AAD, so it is chosen before sealing rather than by the database.
  const id = newWebhookEndpointId();
  const secretColumns = currentWebhookSecretColumns(getVaultKeyring(), { orgId: ctx.org.id, endpointId: id }, secret);

  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({
        id,
        orgId: ctx.org.id,
        name: input.name,
        scheme: input.scheme,
        schemeConfig,
        connectorTrigger: input.connectorTrigger ?? null,
        events: input.events,
        ...secretColumns,
        ...(input.rateLimitPerMinute !== undefined ? { rateLimitPerMinute: input.rateLimitPerMinute } : {}),
        createdBy: ctx.actor.type === "user" ? ctx.actor.userId : null,
      })
      .onConflictDoNothing({ target: [webhookEndpoints.orgId, webhookEndpoints.name] })
      .returning({ id: webhookEndpoints.id });
    if (!row) throw webhookNameTaken(input.name);
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "webhook.created",
      target: { type: "webhook_endpoint", id, label: input.name },
      metadata: { scheme: input.scheme, connectorTrigger: input.connectorTrigger ?? null, secret: source },
    });
  });
  // A lookup of this id just before it existed may be remembered as "no such endpoint" for a moment.
  invalidateEndpoint(id);
  return { endpoint: await getWebhook({ ctx, input: { endpointId: id } }), secret };
}
