import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { invalid } from "@/core/errors/domain-errors";
import { VaultError } from "@/core/vault";
import { signWebhook } from "@/core/webhooks";
import { webhookEndpoints } from "@/server/db/schema/webhooks";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { createWebhookIntake } from "@/server/webhooks/intake";
import { processEndpointRateLimiter } from "@/server/webhooks/process-intake";
import { openWebhookSecrets } from "@/server/webhooks/webhook-secrets";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { hmacConfigOf } from "./describe-webhooks";
import { getWebhookInOrg } from "./get-webhook-in-org";
import { sampleWebhookBody } from "./sample-curl";
import { endpointIdSchema } from "./webhook-inputs";

export const sendTestDeliveryInput = z.object({
  endpointId: endpointIdSchema,
  /** The event to shape the sample as (`issues.opened`); the endpoint's first event, or the scheme's usual one, when absent. */
  event: z.string().trim().min(1, "Name the event, e.g. issues.opened.").max(200, "An event name has at most 200 characters.").optional(),
});

export type TestDeliveryResult =
  | { accepted: true; status: number; deliveryId: string; event: string | null }
  | { accepted: false; status: number; error: string };

/**
 * Sends the endpoint a sample delivery signed with its current secret, the way its sender would, through the same
 * intake as a real one (signature check, rate limit, store, dispatch): a person can try a workflow without a terminal.
 * The sample carries a fresh id, so each test is a new delivery; it is marked `x-junction-test: 1` in its headers.
 * The secret is opened here only to sign and never leaves this function. A refusal by intake (a disabled endpoint
 * meanwhile, the rate limit) comes back as `accepted: false` with intake's reason.
 */
export async function sendTestDelivery({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof sendTestDeliveryInput> }): Promise<TestDeliveryResult> {
  const endpoint = await getWebhookInOrg(ctx, input.endpointId);
  if (!endpoint.enabled) throw invalid(`“${endpoint.name}” is disabled and accepts no deliveries; enable it to send a test.`, "endpointId");
  const secret = endpoint.scheme === "none" ? null : await currentSecretOf(ctx, endpoint.id);

  const testId = randomUUID();
  // GitHub names the event in a header: the sample's (an opened issue) unless the endpoint asks for another.
  const event = input.event ?? endpoint.events[0] ?? (endpoint.scheme === "github" ? "issues.opened" : undefined);
  const body = sampleWebhookBody(endpoint.scheme, event, testId);
  const options = { deliveryId: `test-${testId}`, event: event?.split(".")[0], config: hmacConfigOf(endpoint) ?? undefined };
  const signed = secret === null ? signWebhook("none", "", body, options) : signWebhook(endpoint.scheme, secret, body, options);

  const intake = createWebhookIntake({ db: ctx.db, rateLimiter: processEndpointRateLimiter() });
  const response = await intake.handle({
    method: "POST",
    endpointId: endpoint.id,
    headers: { "content-type": "application/json", "user-agent": "Junction test delivery", "x-junction-test": "1", ...signed },
    body: Buffer.from(body, "utf8"),
  });
  await intake.drain();
  const answer = JSON.parse(response.body) as { deliveryId?: string; error?: string };
  const result: TestDeliveryResult =
    response.status < 300 && answer.deliveryId
      ? { accepted: true, status: response.status, deliveryId: answer.deliveryId, event: event ?? null }
      : { accepted: false, status: response.status, error: answer.error ?? `The test delivery was refused (${response.status}).` };
  await recordAudit(ctx.db, {
    orgId: ctx.org.id,
    actor: ctx.actor,
    action: "webhook.test_sent",
    target: { type: "webhook_endpoint", id: endpoint.id, label: endpoint.name },
    metadata: result.accepted ? { deliveryId: result.deliveryId, status: result.status } : { status: result.status },
  });
  return result;
}

/** The endpoint's current secret, to sign with; a secret that does not open is a problem its owner can fix by rotating. */
async function currentSecretOf(ctx: ServiceContext, endpointId: string): Promise<string> {
  const [row] = await ctx.db
    .select({ orgId: webhookEndpoints.orgId, id: webhookEndpoints.id, sealedSecret: webhookEndpoints.sealedSecret })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.orgId, ctx.org.id), eq(webhookEndpoints.id, endpointId)))
    .limit(1);
  try {
    const { current } = openWebhookSecrets(getVaultKeyring(), { ...row!, sealedPreviousSecret: null, previousSecretExpiresAt: null });
    if (current !== null) return current;
  } catch (error) {
    if (!(error instanceof VaultError)) throw error;
  }
  throw invalid("This endpoint's secret cannot be opened with the vault's keys; rotate the secret, then send the test again.", "endpointId");
}
