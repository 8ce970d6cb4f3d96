import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { invalid } from "@/core/errors/domain-errors";
import { webhookEndpoints } from "@/server/db/schema/webhooks";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { invalidateEndpoint } from "@/server/webhooks/endpoint-cache";
import { currentWebhookSecretColumns, webhookSecretOpens } from "@/server/webhooks/webhook-secrets";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { getWebhook } from "./get";
import { getWebhookInOrg } from "./get-webhook-in-org";
import { endpointIdSchema, overlapHoursSchema, pastedSecretSchema } from "./webhook-inputs";
import { chooseWebhookSecret } from "./webhook-secret-input";

const HOUR_MS = 3_600_000;

export const rotateWebhookSecretInput = z.object({
  endpointId: endpointIdSchema,
  /** How long the old secret is still accepted, so the sender can be switched over (0: it stops at once). */
  overlapHours: overlapHoursSchema.default(24),
  /** The provider's new signing secret (GitHub, Stripe, Slack); generated when absent. */
  secret: pastedSecretSchema.optional(),
});

/**
 * Replaces the endpoint's secret. The old one stays accepted as the previous secret for the overlap (its sealed value
 * moves as it is: same endpoint, same AAD); a previous secret of an earlier rotation is dropped. An old secret that no
 * longer opens (its key was removed) is dropped too, whatever the overlap: kept, it would only fail every delivery
 * that falls back to it. The new secret is returned here, once.
 */
export async function rotateWebhookSecret({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof rotateWebhookSecretInput> }) {
  const now = new Date();
  const secret = await ctx.db.transaction(async (tx) => {
    const endpoint = await getWebhookInOrg(ctx, input.endpointId, tx);
    if (endpoint.scheme === "none") {
      throw invalid("This endpoint is not signed, so it has no secret: its URL is the secret. To change the URL, create a new endpoint and delete this one.", "endpointId");
    }
    const chosen = chooseWebhookSecret(endpoint.scheme, input.secret);
    const [sealed] = await tx
      .select({ current: webhookEndpoints.sealedSecret })
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.orgId, ctx.org.id), eq(webhookEndpoints.id, endpoint.id)))
      .for("update");
    const keyring = getVaultKeyring();
    const ref = { orgId: ctx.org.id, endpointId: endpoint.id };
    const oldOpens = sealed?.current != null && webhookSecretOpens(keyring, ref, sealed.current);
    const keepPrevious = input.overlapHours > 0 && oldOpens;
    const previousSecretExpiresAt = keepPrevious ? new Date(now.getTime() + input.overlapHours * HOUR_MS) : null;
    await tx
      .update(webhookEndpoints)
      .set({
        ...currentWebhookSecretColumns(keyring, ref, chosen.secret!),
        sealedPreviousSecret: keepPrevious ? sealed!.current : null,
        previousSecretExpiresAt,
        secretRotatedAt: now,
        updatedAt: now,
      })
      .where(and(eq(webhookEndpoints.orgId, ctx.org.id), eq(webhookEndpoints.id, endpoint.id)));
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "webhook.secret_rotated",
      target: { type: "webhook_endpoint", id: endpoint.id, label: endpoint.name },
      metadata: {
        secret: chosen.source,
        overlapHours: keepPrevious ? input.overlapHours : 0,
        previousValidUntil: previousSecretExpiresAt?.toISOString() ?? null,
        ...(sealed?.current != null && !oldOpens ? { previousDropped: "the old secret could not be opened with the vault's keys" } : {}),
      },
    });
    return chosen.secret!;
  });
  invalidateEndpoint(input.endpointId);
  return { endpoint: await getWebhook({ ctx, input: { endpointId: input.endpointId } }), secret };
}
