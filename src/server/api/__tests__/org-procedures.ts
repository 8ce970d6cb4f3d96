import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Permission } from "@/core/authz";
import { appRouter } from "@/server/api/root";
import { invitations, memberships, oauthApps } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { CANARY_SECRET, createConnectionRow, HTTP_API_KEY_CREDENTIALS } from "@/test/connection-fixtures";
import { acmeDefinition, createCustomConnectorRow, PETSTORE_OPENAPI_YAML } from "@/test/custom-connector-fixtures";
import { createUser, type SeededOrg } from "@/test/fixtures";
import { createDeliveryRow } from "@/test/webhook-delivery-fixtures";
import { createWebhookEndpoint } from "@/test/webhook-fixtures";
import { createPublishedWorkflow, createRunRow, createWaitingApprovalRun, SIMPLE_DEFINITION } from "@/test/workflow-fixtures";

export interface OrgProcedureCase {
  permission: Permission;
  /** A valid input against the seeded org; may create rows it needs first. */
  input(db: Db, seeded: SeededOrg): Promise<Record<string, unknown>>;
}

async function membershipIdOf(db: Db, seeded: SeededOrg, role: "viewer" | "editor") {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.orgId, seeded.org.id), eq(memberships.userId, seeded.members[role].id)));
  return row!.id;
}

/**
 * Every org-scoped procedure with the permission it must require (the documented table) and a valid input.
 * The matrix test fails when a procedure is added without a case here.
 */
export const ORG_PROCEDURE_CASES: Record<string, OrgProcedureCase> = {
  "org.get": { permission: "org.read", input: async (_db, s) => ({ orgSlug: s.org.slug }) },
  "org.rename": {
    permission: "org.update",
    input: async (_db, s) => ({ orgSlug: s.org.slug, name: `Renamed ${randomUUID().slice(0, 8)}` }),
  },
  "org.delete": { permission: "org.delete", input: async (_db, s) => ({ orgSlug: s.org.slug, confirm: s.org.slug }) },
  "member.list": { permission: "members.read", input: async (_db, s) => ({ orgSlug: s.org.slug }) },
  "member.changeRole": {
    permission: "members.manage",
    input: async (db, s) => ({ orgSlug: s.org.slug, membershipId: await membershipIdOf(db, s, "viewer"), role: "editor" }),
  },
  "member.remove": {
    permission: "members.manage",
    input: async (db, s) => ({ orgSlug: s.org.slug, membershipId: await membershipIdOf(db, s, "editor") }),
  },
  "member.leave": {
    permission: "org.read",
    input: async (db, s) => {
      // A second owner, so the owner leaving is not refused as "last owner".
      const spare = await createUser(db, "spare-owner");
      await db.insert(memberships).values({ orgId: s.org.id, userId: spare.id, role: "owner" });
      return { orgSlug: s.org.slug };
    },
  },
  "invitation.list": { permission: "members.read", input: async (_db, s) => ({ orgSlug: s.org.slug }) },
  "invitation.create": {
    permission: "members.manage",
    input: async (_db, s) => ({ orgSlug: s.org.slug, email: `new-${randomUUID().slice(0, 8)}@example.com`, role: "viewer" }),
  },
  "invitation.revoke": {
    permission: "members.manage",
    input: async (db, s) => {
      const [row] = await db
        .insert(invitations)
        .values({
          orgId: s.org.id,
          email: `pending-${randomUUID().slice(0, 8)}@example.com`,
          role: "viewer",
          tokenHash: randomUUID(),
          expiresAt: new Date(Date.now() + 86_400_000),
        })
        .returning({ id: invitations.id });
      return { orgSlug: s.org.slug, invitationId: row!.id };
    },
  },
  "audit.list": { permission: "audit.read", input: async (_db, s) => ({ orgSlug: s.org.slug }) },
  "workflow.list": { permission: "workflows.read", input: async (_db, s) => ({ orgSlug: s.org.slug }) },
  "workflow.get": {
    permission: "workflows.read",
    input: async (db, s) => ({ orgSlug: s.org.slug, workflowId: (await createPublishedWorkflow(db, s.org.id)).workflowId }),
  },
  "workflow.create": { permission: "workflows.write", input: async (_db, s) => ({ orgSlug: s.org.slug, name: "New workflow" }) },
  "workflow.saveDraft": {
    permission: "workflows.write",
    input: async (db, s) => ({
      orgSlug: s.org.slug,
      workflowId: (await createPublishedWorkflow(db, s.org.id)).workflowId,
      definition: SIMPLE_DEFINITION,
    }),
  },
  "workflow.publish": {
    permission: "workflows.write",
    input: async (db, s) => ({ orgSlug: s.org.slug, workflowId: (await createPublishedWorkflow(db, s.org.id)).workflowId }),
  },
  "workflow.delete": {
    permission: "workflows.write",
    input: async (db, s) => ({ orgSlug: s.org.slug, workflowId: (await createPublishedWorkflow(db, s.org.id)).workflowId }),
  },
  "run.list": { permission: "runs.read", input: async (_db, s) => ({ orgSlug: s.org.slug }) },
  "run.get": { permission: "runs.read", input: async (db, s) => ({ orgSlug: s.org.slug, runId: (await createRunRow(db, s.org.id)).runId }) },
  "run.start": {
    permission: "workflows.run",
    input: async (db, s) => ({ orgSlug: s.org.slug, workflowId: (await createPublishedWorkflow(db, s.org.id)).workflowId, payload: { name: "ada" } }),
  },
  "run.cancel": {
    permission: "workflows.run",
    input: async (db, s) => ({ orgSlug: s.org.slug, runId: (await createRunRow(db, s.org.id, "sleeping")).runId }),
  },
  "run.replay": { permission: "runs.replay", input: async (db, s) => ({ orgSlug: s.org.slug, runId: (await createRunRow(db, s.org.id)).runId }) },
  "run.rerunFromNode": {
    permission: "runs.replay",
    input: async (db, s) => ({ orgSlug: s.org.slug, runId: (await createRunRow(db, s.org.id)).runId, nodeId: "greet" }),
  },
  "run.decideApproval": {
    permission: "runs.approve",
    input: async (db, s) => ({ orgSlug: s.org.slug, runId: (await createWaitingApprovalRun(db, s.org.id)).runId, nodeId: "approve", approved: true }),
  },
  "run.deadLetters": { permission: "runs.read", input: async (_db, s) => ({ orgSlug: s.org.slug }) },
  "run.bulkReplay": {
    permission: "runs.replay",
    input: async (db, s) => {
      await createRunRow(db, s.org.id, "failed", true);
      return { orgSlug: s.org.slug };
    },
  },
  "connector.list": { permission: "connections.read", input: async (_db, s) => ({ orgSlug: s.org.slug }) },
  "connection.list": { permission: "connections.read", input: async (_db, s) => ({ orgSlug: s.org.slug }) },
  "connection.get": {
    permission: "connections.read",
    input: async (db, s) => ({ orgSlug: s.org.slug, connectionId: (await createConnectionRow(db, s.org.id)).connectionId }),
  },
  "connection.create": {
    permission: "connections.write",
    input: async (_db, s) => ({
      orgSlug: s.org.slug,
      connectorId: "http",
      name: `Internal API ${randomUUID().slice(0, 8)}`,
      authType: "api_key",
      credentials: HTTP_API_KEY_CREDENTIALS,
    }),
  },
  "connection.rename": {
    permission: "connections.write",
    input: async (db, s) => ({
      orgSlug: s.org.slug,
      connectionId: (await createConnectionRow(db, s.org.id)).connectionId,
      name: `Renamed ${randomUUID().slice(0, 8)}`,
    }),
  },
  "connection.reconnect": {
    permission: "connections.write",
    input: async (db, s) => ({
      orgSlug: s.org.slug,
      connectionId: (await createConnectionRow(db, s.org.id)).connectionId,
      credentials: { ...HTTP_API_KEY_CREDENTIALS, apiKey: `${CANARY_SECRET}-rotated` },
    }),
  },
  "connection.setRateLimit": {
    permission: "connections.write",
    input: async (db, s) => ({ orgSlug: s.org.slug, connectionId: (await createConnectionRow(db, s.org.id)).connectionId, rateLimit: { requests: 10, per: "minute" } }),
  },
  "connection.delete": {
    permission: "connections.write",
    input: async (db, s) => ({ orgSlug: s.org.slug, connectionId: (await createConnectionRow(db, s.org.id)).connectionId }),
  },
  "connection.test": {
    permission: "connections.write",
    // The built-in connectors take full URLs; a metadata address is refused by the SSRF guard, so the test is a
    // recorded failure (a result, not an error) without any network call.
    input: async (db, s) => ({
      orgSlug: s.org.slug,
      connectionId: (await createConnectionRow(db, s.org.id, { connectorId: "http", credentials: { apiKey: CANARY_SECRET, in: "header", name: "x-api-key" } })).connectionId,
      url: "http://169.254.169.254/latest/meta-data/",
    }),
  },
  "oauth.start": {
    permission: "connections.write",
    input: async (db, s) => {
      // The org's own GitHub app, so the case does not depend on OAUTH_GITHUB_* in the environment.
      await db.insert(oauthApps).values({ orgId: s.org.id, app: "github", clientId: "Iv1.matrix-test" }).onConflictDoNothing();
      return { orgSlug: s.org.slug, connectorId: "github", connectionName: `GitHub ${randomUUID().slice(0, 8)}` };
    },
  },
  "oauth.setApp": {
    permission: "org.update",
    input: async (_db, s) => ({ orgSlug: s.org.slug, app: "github", clientId: "Iv1.matrix-test", clientSecret: CANARY_SECRET }),
  },
  "oauth.removeApp": { permission: "org.update", input: async (_db, s) => ({ orgSlug: s.org.slug, app: "github" }) },
  "customConnector.list": { permission: "connections.read", input: async (_db, s) => ({ orgSlug: s.org.slug }) },
  "customConnector.get": {
    permission: "connections.read",
    input: async (db, s) => ({ orgSlug: s.org.slug, customConnectorId: (await createCustomConnectorRow(db, s.org.id)).customConnectorId }),
  },
  "customConnector.validate": { permission: "connectors.manage", input: async (_db, s) => ({ orgSlug: s.org.slug, definition: acmeDefinition() }) },
  "customConnector.create": { permission: "connectors.manage", input: async (_db, s) => ({ orgSlug: s.org.slug, definition: acmeDefinition() }) },
  "customConnector.update": {
    permission: "connectors.manage",
    input: async (db, s) => ({ orgSlug: s.org.slug, customConnectorId: (await createCustomConnectorRow(db, s.org.id)).customConnectorId, definition: acmeDefinition(undefined, "Acme CRM v2") }),
  },
  "customConnector.importOpenApi": {
    permission: "connectors.manage",
    input: async (_db, s) => ({ orgSlug: s.org.slug, document: PETSTORE_OPENAPI_YAML }),
  },
  "customConnector.delete": {
    permission: "connectors.manage",
    input: async (db, s) => ({ orgSlug: s.org.slug, customConnectorId: (await createCustomConnectorRow(db, s.org.id)).customConnectorId }),
  },
  "webhook.list": { permission: "webhooks.read", input: async (_db, s) => ({ orgSlug: s.org.slug }) },
  "webhook.get": { permission: "webhooks.read", input: async (db, s) => ({ orgSlug: s.org.slug, endpointId: (await createWebhookEndpoint(db, s.org.id)).endpointId }) },
  "webhook.connectorTriggers": { permission: "webhooks.read", input: async (_db, s) => ({ orgSlug: s.org.slug }) },
  "webhook.create": { permission: "webhooks.manage", input: async (_db, s) => ({ orgSlug: s.org.slug, name: `Hook ${randomUUID().slice(0, 8)}`, scheme: "standard_webhooks" }) },
  "webhook.update": {
    permission: "webhooks.manage",
    input: async (db, s) => ({ orgSlug: s.org.slug, endpointId: (await createWebhookEndpoint(db, s.org.id)).endpointId, enabled: false, rateLimitPerMinute: 60 }),
  },
  "webhook.rotateSecret": {
    permission: "webhooks.manage",
    input: async (db, s) => ({ orgSlug: s.org.slug, endpointId: (await createWebhookEndpoint(db, s.org.id)).endpointId, overlapHours: 1 }),
  },
  "webhook.delete": { permission: "webhooks.manage", input: async (db, s) => ({ orgSlug: s.org.slug, endpointId: (await createWebhookEndpoint(db, s.org.id)).endpointId }) },
  "webhook.deliveries": { permission: "webhooks.read", input: async (db, s) => ({ orgSlug: s.org.slug, endpointId: (await createWebhookEndpoint(db, s.org.id)).endpointId }) },
  "webhook.delivery": {
    permission: "webhooks.read",
    input: async (db, s) => {
      const endpoint = await createWebhookEndpoint(db, s.org.id);
      return { orgSlug: s.org.slug, endpointId: endpoint.endpointId, deliveryId: (await createDeliveryRow(db, endpoint)).deliveryId };
    },
  },
  "webhook.sendTest": { permission: "webhooks.manage", input: async (db, s) => ({ orgSlug: s.org.slug, endpointId: (await createWebhookEndpoint(db, s.org.id)).endpointId }) },
  "webhook.replayDelivery": {
    permission: "webhooks.manage",
    input: async (db, s) => {
      const endpoint = await createWebhookEndpoint(db, s.org.id);
      return { orgSlug: s.org.slug, endpointId: endpoint.endpointId, deliveryId: (await createDeliveryRow(db, endpoint)).deliveryId };
    },
  },
};

/** Paths of all procedures declared with orgProcedure(permission), read from the router itself. */
export function orgProcedurePaths(): Map<string, Permission> {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { permission?: Permission } } }>;
  const result = new Map<string, Permission>();
  for (const [path, procedure] of Object.entries(procedures)) {
    const permission = procedure._def.meta?.permission;
    if (permission) result.set(path, permission);
  }
  return result;
}
