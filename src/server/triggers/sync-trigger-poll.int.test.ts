import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientErrorOf } from "@/server/api/__tests__/client-error";
import { triggerPollItems, triggerPolls } from "@/server/db/schema/trigger-polls";
import { workflows } from "@/server/db/schema/workflows";
import type { DatabaseHandle, Db } from "@/server/db/types";
import { createConnectionRow } from "@/test/connection-fixtures";
import { createCustomConnectorRow } from "@/test/custom-connector-fixtures";
import { callerFor, createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { createTestDatabase } from "@/test/test-database";
import { pollOf } from "@/test/trigger-poll-fixtures";
import { pollItemKey } from "./poll-item-key";

let handle: DatabaseHandle;
let db: Db;
let seeded: SeededOrg;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  seeded = await createOrgWithEveryRole(db, "Poll publish");
}, 60_000);
afterAll(() => handle?.close());

const HUBSPOT = "hubspot.contact_created_or_updated";
const editor = () => callerFor(db, seeded.members.editor);
const orgSlug = () => seeded.org.slug;

function definition(trigger: Record<string, unknown>, expression = '"hi " & trigger.id') {
  return {
    version: 1,
    nodes: [
      { id: "watch", type: "trigger", name: "Watch", trigger },
      { id: "say", type: "transform", name: "Say", expression },
    ],
    edges: [{ id: "e1", source: "watch", target: "say" }],
  };
}

async function publish(workflowId: string, trigger: Record<string, unknown>, expression?: string) {
  await editor().workflow.saveDraft({ orgSlug: orgSlug(), workflowId, definition: definition(trigger, expression) });
  return editor().workflow.publish({ orgSlug: orgSlug(), workflowId });
}

async function createWorkflow(trigger: Record<string, unknown>) {
  const { id } = await editor().workflow.create({ orgSlug: orgSlug(), name: `Polled ${Math.random().toString(36).slice(2, 8)}`, definition: definition(trigger) });
  return id;
}

describe("publishing a connector trigger", () => {
  it("creates the poll, keeps its cursor across re-publishes of the same trigger and connection, resets it otherwise, and deletes it for another kind of trigger", async () => {
    const hubspot = await createConnectionRow(db, seeded.org.id, { connectorId: "hubspot", authType: "bearer", credentials: { token: "pat-1" } });
    const trigger = { kind: "connector", trigger: HUBSPOT, connectionId: hubspot.connectionId };
    const workflowId = await createWorkflow(trigger);
    const before = Date.now();

    const v1 = await editor().workflow.publish({ orgSlug: orgSlug(), workflowId });

    const created = await pollOf(db, seeded.org.id, workflowId);
    expect(created).toMatchObject({ versionId: v1.id, nodeId: "watch", triggerId: HUBSPOT, connectionId: hubspot.connectionId, intervalMs: 60_000, cursor: null, enabled: true, consecutiveFailures: 0 });
    // Due at the next tick.
    expect(created!.nextPollAt.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(created!.nextPollAt.getTime()).toBeLessThanOrEqual(Date.now());
    const got = await callerFor(db, seeded.members.viewer).workflow.get({ orgSlug: orgSlug(), workflowId });
    expect(got.poll).toEqual({
      trigger: HUBSPOT,
      connectionId: hubspot.connectionId,
      intervalMs: 60_000,
      nextPollAt: created!.nextPollAt,
      lastPolledAt: null,
      lastError: null,
      consecutiveFailures: 0,
      enabled: true,
    });
    expect(got.schedule).toBeNull();

    // Polled since: a cursor and a seen item. A slower interval and another step keep both.
    await db.update(triggerPolls).set({ cursor: "1700000000000" }).where(eq(triggerPolls.id, created!.id));
    await db.insert(triggerPollItems).values({ pollId: created!.id, itemKey: pollItemKey("1:2025") });
    const v2 = await publish(workflowId, { ...trigger, intervalMinutes: 5 }, '"hello " & trigger.id');
    expect(await pollOf(db, seeded.org.id, workflowId)).toMatchObject({ id: created!.id, versionId: v2.id, cursor: "1700000000000", intervalMs: 300_000 });

    // A failing poll: re-publishing is a fresh start (error cleared, polled at the next tick), cursor kept.
    await db.update(triggerPolls).set({ lastError: "HubSpot answered 500", consecutiveFailures: 3, nextPollAt: new Date(Date.now() + 3_600_000) }).where(eq(triggerPolls.id, created!.id));
    await publish(workflowId, { ...trigger, intervalMinutes: 5 }, '"hey " & trigger.id');
    const retried = await pollOf(db, seeded.org.id, workflowId);
    expect(retried).toMatchObject({ cursor: "1700000000000", lastError: null, consecutiveFailures: 0 });
    expect(retried!.nextPollAt.getTime()).toBeLessThanOrEqual(Date.now());

    // Another connection: the cursor starts over; the same trigger's seen items are kept (same ids, same account or not).
    const other = await createConnectionRow(db, seeded.org.id, { connectorId: "hubspot", authType: "bearer", credentials: { token: "pat-2" } });
    await publish(workflowId, { ...trigger, connectionId: other.connectionId });
    expect(await pollOf(db, seeded.org.id, workflowId)).toMatchObject({ id: created!.id, connectionId: other.connectionId, cursor: null, intervalMs: 60_000 });
    expect(await db.select().from(triggerPollItems).where(eq(triggerPollItems.pollId, created!.id))).toHaveLength(1);

    // Other input (what the trigger polls): starts over, forgetting what was seen. HubSpot's trigger takes no input,
    // so this is checked on the row as sync writes it, without publish's validation.
    await db.update(triggerPolls).set({ triggerInput: { list: "old" } }).where(eq(triggerPolls.id, created!.id));
    await publish(workflowId, { ...trigger, connectionId: other.connectionId });
    expect(await pollOf(db, seeded.org.id, workflowId)).toMatchObject({ cursor: null, lastPolledAt: null, triggerInput: {} });
    expect(await db.select().from(triggerPollItems).where(eq(triggerPollItems.pollId, created!.id))).toHaveLength(0);

    // Another trigger: starts over and forgets what the old one saw.
    await db.update(triggerPolls).set({ cursor: "c" }).where(eq(triggerPolls.id, created!.id));
    const gmail = await createConnectionRow(db, seeded.org.id, { connectorId: "gmail", authType: "oauth2", credentials: { accessToken: "ya29" } });
    await publish(workflowId, { kind: "connector", trigger: "gmail.new_email", connectionId: gmail.connectionId });
    expect(await pollOf(db, seeded.org.id, workflowId)).toMatchObject({ id: created!.id, triggerId: "gmail.new_email", cursor: null });
    expect(await db.select().from(triggerPollItems).where(eq(triggerPollItems.pollId, created!.id))).toHaveLength(0);

    // Any other kind of trigger removes the poll.
    await publish(workflowId, { kind: "manual" });
    expect(await pollOf(db, seeded.org.id, workflowId)).toBeUndefined();
    expect((await editor().workflow.get({ orgSlug: orgSlug(), workflowId })).poll).toBeNull();
  });

  it("a disabled workflow's poll is published stopped", async () => {
    const hubspot = await createConnectionRow(db, seeded.org.id, { connectorId: "hubspot", authType: "bearer", credentials: { token: "pat-3" } });
    const workflowId = await createWorkflow({ kind: "connector", trigger: HUBSPOT, connectionId: hubspot.connectionId });
    await db.update(workflows).set({ enabled: false }).where(eq(workflows.id, workflowId));
    await editor().workflow.publish({ orgSlug: orgSlug(), workflowId });
    expect(await pollOf(db, seeded.org.id, workflowId)).toMatchObject({ enabled: false });
  });

  it("refuses what cannot be polled, naming the node: an unknown trigger, a webhook trigger, no connection, too short an interval", async () => {
    const { connectorId: custom } = await createCustomConnectorRow(db, seeded.org.id);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ kind: "connector", trigger: "nope.new_thing", connectionId: "c" }, /there is no connector "nope" \(in "nope\.new_thing"\)/],
      // The org's custom connectors are known (declarative ones have no triggers).
      [{ kind: "connector", trigger: `${custom}.new_contact`, connectionId: "c" }, new RegExp(`the connector "${custom}" has no trigger "new_contact"`)],
      [{ kind: "connector", trigger: "slack.event", connectionId: "c" }, /"Slack event" arrives by webhook; create a webhook endpoint for it \(Webhooks page\)/],
      [{ kind: "connector", trigger: HUBSPOT }, /"Contact created or updated" needs a connection to poll with/],
      [{ kind: "connector", trigger: "slack.new_channel", connectionId: "c", intervalMinutes: 2 }, /"New channel" may poll at most every 5 minutes/],
    ];
    for (const [trigger, message] of cases) {
      const workflowId = await createWorkflow(trigger);
      const saved = await editor().workflow.saveDraft({ orgSlug: orgSlug(), workflowId, definition: definition(trigger) });
      expect(saved.issues, JSON.stringify(trigger)).toEqual([expect.objectContaining({ nodeId: "watch", message: expect.stringMatching(message) })]);
      const refused = await clientErrorOf(editor().workflow.publish({ orgSlug: orgSlug(), workflowId }));
      expect(refused.code).toBe("BAD_REQUEST");
      expect(refused.message).toMatch(/^Fix 1 problem before publishing — node "watch": Node "Watch" \(watch\): /);
      expect(refused.message).toMatch(message);
      expect(await pollOf(db, seeded.org.id, workflowId)).toBeUndefined();
    }
  });
});
