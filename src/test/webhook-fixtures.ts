import { createHmac, randomBytes, randomUUID } from "node:crypto";
import type { VaultKeyring } from "@/core/vault";
import { webhookEndpoints, type WebhookScheme } from "@/server/db/schema/webhooks";
import type { Db } from "@/server/db/types";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import type { IntakeRequest } from "@/server/webhooks/intake";
import { currentWebhookSecretColumns, sealWebhookSecret } from "@/server/webhooks/webhook-secrets";
import { callerFor, type SeededOrg } from "./fixtures";

export interface WebhookEndpointFixture {
  endpointId: string;
  orgId: string;
  /** Null for scheme `none`. */
  secret: string | null;
}

/** A fresh endpoint id shaped like the ones the service creates (`wh_` + 32 base64url characters). */
export const newEndpointId = () => `wh_${randomBytes(24).toString("base64url")}`;

/** A webhook endpoint row with its secret sealed (and its hint stored) as the endpoint services do it (the test env's keyring by default). */
export async function createWebhookEndpoint(
  db: Db,
  orgId: string,
  options: {
    scheme?: WebhookScheme;
    secret?: string;
    schemeConfig?: Record<string, unknown>;
    connectorTrigger?: string;
    events?: string[];
    enabled?: boolean;
    rateLimitPerMinute?: number;
    previousSecret?: { secret: string; expiresAt: Date };
    keyring?: VaultKeyring;
  } = {},
): Promise<WebhookEndpointFixture> {
  const endpointId = newEndpointId();
  const scheme = options.scheme ?? "github";
  const keyring = options.keyring ?? getVaultKeyring();
  const secret = scheme === "none" ? null : (options.secret ?? `whs-${randomBytes(16).toString("hex")}`);
  const ref = { orgId, endpointId };
  await db.insert(webhookEndpoints).values({
    id: endpointId,
    orgId,
    name: `Endpoint ${endpointId.slice(3, 11)}`,
    scheme,
    schemeConfig: options.schemeConfig ?? {},
    connectorTrigger: options.connectorTrigger ?? null,
    events: options.events ?? [],
    ...currentWebhookSecretColumns(keyring, ref, secret),
    sealedPreviousSecret: options.previousSecret ? sealWebhookSecret(keyring, ref, options.previousSecret.secret) : null,
    previousSecretExpiresAt: options.previousSecret?.expiresAt ?? null,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 600,
    enabled: options.enabled ?? true,
  });
  return { endpointId, orgId, secret };
}

/** A workflow started by deliveries to `endpointId`: the trigger, then a transform that echoes what it received. */
export function webhookDefinition(endpointId: string | undefined, options: { filter?: string } = {}) {
  return {
    version: 1,
    nodes: [
      { id: "trigger", type: "trigger", name: "On delivery", trigger: { kind: "webhook", ...(endpointId ? { endpointId } : {}), ...(options.filter ? { filter: options.filter } : {}) } },
      { id: "echo", type: "transform", name: "Echo", expression: '{ "body": trigger.body, "event": trigger.event, "deliveryId": trigger.deliveryId }' },
    ],
    edges: [{ id: "e1", source: "trigger", target: "echo" }],
  };
}

/** Creates and publishes (through the API, as an editor) a workflow subscribed to `endpointId`. */
export async function publishWebhookWorkflow(db: Db, seeded: SeededOrg, endpointId: string | undefined, options: { filter?: string } = {}) {
  const caller = callerFor(db, seeded.members.editor);
  const { id: workflowId } = await caller.workflow.create({ orgSlug: seeded.org.slug, name: `On webhook ${randomUUID().slice(0, 6)}`, definition: webhookDefinition(endpointId, options) });
  await caller.workflow.publish({ orgSlug: seeded.org.slug, workflowId });
  return { workflowId };
}

/** Headers GitHub sends with `body`, signed with `secret` the way GitHub does (independently of the app's signer). */
export function githubHeaders(secret: string, body: string | Uint8Array, options: { event?: string; deliveryId?: string } = {}): Record<string, string> {
  return {
    "content-type": "application/json",
    "user-agent": "GitHub-Hookshot/test",
    "x-github-event": options.event ?? "issues",
    "x-github-delivery": options.deliveryId ?? randomUUID(),
    "x-hub-signature-256": `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`,
  };
}

/** Headers Slack sends with `body` (its v0 signature over `v0:<timestamp>:<body>`). */
export function slackHeaders(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  return {
    "content-type": "application/json",
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`,
  };
}

/** An intake request as a mount would hand it over. */
export function intakeRequest(endpointId: string, headers: Record<string, string>, body: string | Uint8Array, method = "POST"): IntakeRequest {
  return { method, endpointId, headers, body: typeof body === "string" ? new TextEncoder().encode(body) : body };
}
