import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { WorkflowDefinitionSchema } from "@/core/workflow/definition";
import { runs } from "@/server/db/schema/runs";
import { webhookDeliveries, webhookSubscriptions } from "@/server/db/schema/webhooks";
import { workflows } from "@/server/db/schema/workflows";
import { callerFor, createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { createDeliveryRow } from "@/test/webhook-delivery-fixtures";
import { createWebhookEndpoint, publishWebhookWorkflow, webhookDefinition } from "@/test/webhook-fixtures";
import { createPublishedWorkflow } from "@/test/workflow-fixtures";
import { dispatchWebhookDelivery } from "./dispatch-webhook-delivery";
import { syncWebhookSubscription } from "./sync-webhook-subscription";

const db = freshTestDatabase();
let org: SeededOrg;
let otherOrg: SeededOrg;

beforeAll(async () => {
  org = await createOrgWithEveryRole(db, "Hooks");
  otherOrg = await createOrgWithEveryRole(db, "Hooks elsewhere");
});

/** A stored delivery, as intake leaves it (the shared fixture, with this file's issue as default body). */
const storeDelivery = async (endpoint: { endpointId: string; orgId: string }, options: Parameters<typeof createDeliveryRow>[2] = {}) => {
  const receivedAt = options.receivedAt ?? new Date();
  const { deliveryId } = await createDeliveryRow(db, endpoint, { body: JSON.stringify({ action: "opened", issue: { number: 7, title: "Broken" } }), receivedAt, ...options });
  return { id: deliveryId, receivedAt };
};

const runsOf = (workflowId: string) => db.select().from(runs).where(eq(runs.workflowId, workflowId));
const sender = () => {
  const sent: string[] = [];
  return { sent, enqueue: async (run: { id: string }) => void sent.push(run.id) };
};

describe("syncWebhookSubscription (publish)", () => {
  it("publishing a webhook trigger subscribes the workflow with its filter; another trigger unsubscribes it", async () => {
    const endpoint = await createWebhookEndpoint(db, org.org.id);
    const { workflowId } = await publishWebhookWorkflow(db, org, endpoint.endpointId, { filter: 'event = "issues.opened"' });
    const [workflow] = await db.select().from(workflows).where(eq(workflows.id, workflowId));
    expect(await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.workflowId, workflowId))).toEqual([
      { endpointId: endpoint.endpointId, workflowId, orgId: org.org.id, versionId: workflow!.publishedVersionId, filter: 'event = "issues.opened"' },
    ]);

    const caller = callerFor(db, org.members.editor);
    const manual = { ...webhookDefinition(undefined), nodes: [{ id: "trigger", type: "trigger", name: "Manual", trigger: { kind: "manual" } }, webhookDefinition(undefined).nodes[1]!] };
    await caller.workflow.saveDraft({ orgSlug: org.org.slug, workflowId, definition: manual });
    await caller.workflow.publish({ orgSlug: org.org.slug, workflowId });
    expect(await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.workflowId, workflowId))).toEqual([]);
  });

  it("a webhook trigger without an endpoint publishes and subscribes to nothing", async () => {
    const { workflowId } = await publishWebhookWorkflow(db, org, undefined);
    expect(await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.workflowId, workflowId))).toEqual([]);
  });
});

describe("dispatchWebhookDelivery", () => {
  it("starts each subscribed, published, enabled workflow of the org once, with the delivery as trigger, and records runs_started", async () => {
    const endpoint = await createWebhookEndpoint(db, org.org.id);
    const a = await publishWebhookWorkflow(db, org, endpoint.endpointId);
    const b = await publishWebhookWorkflow(db, org, endpoint.endpointId);
    const disabled = await publishWebhookWorkflow(db, org, endpoint.endpointId);
    await db.update(workflows).set({ enabled: false }).where(eq(workflows.id, disabled.workflowId));
    const unrelated = await publishWebhookWorkflow(db, org, (await createWebhookEndpoint(db, org.org.id)).endpointId);
    const delivery = await storeDelivery(endpoint);

    const { sent, enqueue } = sender();
    const result = await dispatchWebhookDelivery(db, { deliveryId: delivery.id, orgId: org.org.id }, { enqueue });
    expect(result.started.map((s) => s.workflowId).sort()).toEqual([a.workflowId, b.workflowId].sort());
    expect(sent.sort()).toEqual(result.started.map((s) => s.runId).sort());
    const [run] = await runsOf(a.workflowId);
    expect(run).toMatchObject({
      orgId: org.org.id,
      status: "queued",
      triggerKind: "webhook",
      triggerPayload: {
        body: { action: "opened", issue: { number: 7, title: "Broken" } },
        headers: { "content-type": "application/json", "x-github-event": "issues", "x-hub-signature-256": "[redacted]" },
        event: "issues.opened",
        deliveryId: delivery.id,
        receivedAt: delivery.receivedAt.toISOString(),
      },
    });
    expect(await runsOf(disabled.workflowId)).toEqual([]);
    expect(await runsOf(unrelated.workflowId)).toEqual([]);
    const [stored] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, delivery.id));
    expect(stored!.runsStarted).toBe(2);

    // A retried dispatch (the step ran again) starts nothing new and re-sends the same runs' events.
    const again = sender();
    const repeated = await dispatchWebhookDelivery(db, { deliveryId: delivery.id, orgId: org.org.id }, { enqueue: again.enqueue });
    expect(repeated.started).toEqual(result.started);
    expect(again.sent.sort()).toEqual(sent.sort());
    expect(await runsOf(a.workflowId)).toHaveLength(1);
  });

  it("honours the endpoint's events list", async () => {
    const endpoint = await createWebhookEndpoint(db, org.org.id, { events: ["issues.opened", "push"] });
    const { workflowId } = await publishWebhookWorkflow(db, org, endpoint.endpointId);
    const closed = await storeDelivery(endpoint, { event: "issues.closed" });
    const nameless = await storeDelivery(endpoint, { event: null });
    const opened = await storeDelivery(endpoint, { event: "issues.opened" });
    const { enqueue } = sender();
    expect((await dispatchWebhookDelivery(db, { deliveryId: closed.id, orgId: org.org.id }, { enqueue })).ignored).toMatch(/"issues.closed" is not one of the endpoint's events/);
    expect((await dispatchWebhookDelivery(db, { deliveryId: nameless.id, orgId: org.org.id }, { enqueue })).started).toEqual([]);
    expect((await dispatchWebhookDelivery(db, { deliveryId: opened.id, orgId: org.org.id }, { enqueue })).started).toHaveLength(1);
    expect((await runsOf(workflowId)).map((r) => (r.triggerPayload as { deliveryId: string }).deliveryId)).toEqual([opened.id]);
    const [ignored] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, closed.id));
    expect(ignored!.runsStarted).toBe(0);
  });

  it("evaluates each subscription's JSONata filter over { body, headers, event }; a broken filter skips with the reason", async () => {
    const endpoint = await createWebhookEndpoint(db, org.org.id);
    const byBody = await publishWebhookWorkflow(db, org, endpoint.endpointId, { filter: 'body.issue.number > 5 and headers."x-github-event" = "issues"' });
    const byEvent = await publishWebhookWorkflow(db, org, endpoint.endpointId, { filter: 'event = "push"' });
    const notBoolean = await publishWebhookWorkflow(db, org, endpoint.endpointId, { filter: "body.issue.title" });
    const delivery = await storeDelivery(endpoint);
    const result = await dispatchWebhookDelivery(db, { deliveryId: delivery.id, orgId: org.org.id }, sender());
    expect(result.started.map((s) => s.workflowId)).toEqual([byBody.workflowId]);
    expect(result.skipped).toEqual([{ workflowId: notBoolean.workflowId, workflowName: expect.any(String), reason: expect.stringMatching(/must give true or false but gave "Broken"/) }]);
    expect(await runsOf(byEvent.workflowId)).toEqual([]);
  });

  it("hands form fields and text to the workflow as such", async () => {
    const endpoint = await createWebhookEndpoint(db, org.org.id, { scheme: "none" });
    const { workflowId } = await publishWebhookWorkflow(db, org, endpoint.endpointId);
    const form = await storeDelivery(endpoint, { body: "name=ada&tag=x&tag=y", contentType: "application/x-www-form-urlencoded", event: null });
    const text = await storeDelivery(endpoint, { body: "plain words", contentType: "text/plain", event: null });
    await dispatchWebhookDelivery(db, { deliveryId: form.id, orgId: org.org.id }, sender());
    await dispatchWebhookDelivery(db, { deliveryId: text.id, orgId: org.org.id }, sender());
    const bodies = (await runsOf(workflowId)).map((r) => (r.triggerPayload as { body: unknown }).body);
    expect(bodies).toEqual(expect.arrayContaining([{ name: "ada", tag: ["x", "y"] }, "plain words"]));
  });
});

describe("webhooks across tenants", () => {
  it("publish refuses a webhook trigger naming another org's endpoint, by node", async () => {
    const endpointOfA = await createWebhookEndpoint(db, org.org.id);
    const caller = callerFor(db, otherOrg.members.editor);
    const { id: workflowId } = await caller.workflow.create({ orgSlug: otherOrg.org.slug, name: "Borrowed hook", definition: webhookDefinition(endpointOfA.endpointId) });
    await expect(caller.workflow.publish({ orgSlug: otherOrg.org.slug, workflowId })).rejects.toThrow(
      new RegExp(`node "trigger": Node "On delivery" \\(trigger\\): there is no webhook endpoint "${endpointOfA.endpointId}" in this organization`),
    );
    const saved = await caller.workflow.saveDraft({ orgSlug: otherOrg.org.slug, workflowId, definition: webhookDefinition(endpointOfA.endpointId) });
    expect(saved.issues).toEqual([expect.objectContaining({ nodeId: "trigger", field: "nodes[0].trigger.endpointId" })]);
    expect(await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.workflowId, workflowId))).toEqual([]);
  });

  it("sync never subscribes a workflow to another org's endpoint, even when called without validation", async () => {
    const endpointOfA = await createWebhookEndpoint(db, org.org.id);
    const raw = webhookDefinition(endpointOfA.endpointId);
    const { workflowId, versionId } = await createPublishedWorkflow(db, otherOrg.org.id, raw);
    await syncWebhookSubscription(db, { orgId: otherOrg.org.id, workflowId, versionId, definition: WorkflowDefinitionSchema.parse(raw), enabled: true });
    expect(await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.workflowId, workflowId))).toEqual([]);
  });

  it("dispatch starts no workflow of another org, even through a forged subscription row", async () => {
    const endpointOfA = await createWebhookEndpoint(db, org.org.id);
    const ofB = await createPublishedWorkflow(db, otherOrg.org.id, webhookDefinition(endpointOfA.endpointId));
    // Both ways a row could lie: carrying B's org, or carrying A's org while naming B's workflow.
    await db.insert(webhookSubscriptions).values({ endpointId: endpointOfA.endpointId, workflowId: ofB.workflowId, orgId: otherOrg.org.id, versionId: ofB.versionId });
    const ofB2 = await createPublishedWorkflow(db, otherOrg.org.id, webhookDefinition(endpointOfA.endpointId));
    await db.insert(webhookSubscriptions).values({ endpointId: endpointOfA.endpointId, workflowId: ofB2.workflowId, orgId: org.org.id, versionId: ofB2.versionId });
    const delivery = await storeDelivery(endpointOfA);

    const result = await dispatchWebhookDelivery(db, { deliveryId: delivery.id, orgId: org.org.id }, sender());
    expect(result.started).toEqual([]);
    // Nor can the event be pointed at the delivery from another org.
    const wrongOrg = await dispatchWebhookDelivery(db, { deliveryId: delivery.id, orgId: otherOrg.org.id }, sender());
    expect(wrongOrg.ignored).toMatch(/does not exist in this organization/);
    expect(await db.select().from(runs).where(and(eq(runs.orgId, otherOrg.org.id), eq(runs.triggerKind, "webhook")))).toEqual([]);
  });
});
