import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { defineConnector, defineTrigger, type ConnectorDefinition, type ConnectorResponse } from "@/core/connectors";
import { WorkflowDefinitionSchema } from "@/core/workflow/definition";
import { catalogWith } from "@/server/actions/action-catalog";
import { triggerPolls } from "@/server/db/schema/trigger-polls";
import type { Db, DbOrTx } from "@/server/db/types";
import type { FindConnector } from "@/server/triggers/resolve-poll-trigger";
import { syncWorkflowTriggerPoll } from "@/server/triggers/sync-trigger-poll";
import { createConnectionRow } from "./connection-fixtures";
import { createPublishedWorkflow } from "./workflow-fixtures";

/** One item of the fake feed API: `created` orders them. */
export const feedItemSchema = z.object({ id: z.string(), title: z.string(), created: z.number() });
export type FeedItem = z.infer<typeof feedItemSchema>;

const itemsOf = (response: ConnectorResponse) => z.object({ items: z.array(feedItemSchema) }).parse(response.body).items.toSorted((a, b) => a.created - b.created);

/**
 * A connector for a feed API at `baseUrl` (a local server): bearer token, and a polling trigger `new_item` every 5
 * minutes that asks `GET /items?after=<cursor>` (the newest `created` seen) and gets the items newest first.
 */
export function feedConnector(baseUrl: string): ConnectorDefinition {
  return defineConnector({
    id: "feed",
    name: "Feed",
    icon: "rss",
    categories: [],
    auth: { type: "bearer" },
    baseUrl,
    actions: [],
    triggers: [
      defineTrigger({
        kind: "polling",
        id: "new_item",
        name: "New item",
        description: "Each new item of the feed.",
        intervalMs: 5 * 60_000,
        output: feedItemSchema,
        request: (cursor) => ({ method: "GET", path: "/items", ...(cursor ? { query: { after: cursor } } : {}) }),
        items: (response) => itemsOf(response),
        nextCursor: (response, previous) => {
          const newest = itemsOf(response).at(-1);
          return newest && (previous === undefined || newest.created > Number(previous)) ? String(newest.created) : previous;
        },
        dedupeKey: (item) => (item as FeedItem).id,
      }),
    ],
  });
}

/** Finds only the feed connector (every org "has" it), as `pollDueTriggers` would find an installed one. */
export const findFeed =
  (connector: ConnectorDefinition): FindConnector =>
  async (_db: DbOrTx, _orgId: string, connectorId: string) =>
    connectorId === connector.id ? connector : undefined;

/** A feed-triggered workflow: the trigger, then a transform that reads the item. */
export function feedDefinition(connectionId: string | undefined, options: { intervalMinutes?: number } = {}) {
  return {
    version: 1,
    nodes: [
      { id: "trigger", type: "trigger", name: "New feed item", trigger: { kind: "connector", trigger: "feed.new_item", ...(connectionId ? { connectionId } : {}), ...options } },
      { id: "title", type: "transform", name: "Title", expression: '"got " & trigger.title' },
    ],
    edges: [{ id: "e1", source: "trigger", target: "title" }],
  };
}

/**
 * A published feed workflow with its poll row, as publish leaves it — then marked as polled once before, unless
 * `firstPoll` (the feed connector is not installed, so the
 * version is written directly and the poll synced with a catalog that knows it), plus a connection holding `token`.
 */
export async function createFeedPoll(db: Db, orgId: string, connector: ConnectorDefinition, options: { token: string; nextPollAt?: Date; firstPoll?: boolean }) {
  const { connectionId } = await createConnectionRow(db, orgId, { connectorId: connector.id, authType: "bearer", credentials: { token: options.token } });
  const raw = feedDefinition(connectionId);
  const { workflowId, versionId } = await createPublishedWorkflow(db, orgId, raw);
  await syncWorkflowTriggerPoll(db, { orgId, workflowId, versionId, definition: WorkflowDefinitionSchema.parse(raw), enabled: true, catalog: catalogWith([connector]) });
  if (options.nextPollAt) await db.update(triggerPolls).set({ nextPollAt: options.nextPollAt }).where(eq(triggerPolls.workflowId, workflowId));
  // Unless the test is about the first poll (a baseline that starts nothing), the poll has run once before, finding nothing.
  if (!options.firstPoll) await db.update(triggerPolls).set({ lastPolledAt: new Date("2000-01-01T00:00:00Z") }).where(eq(triggerPolls.workflowId, workflowId));
  const poll = await pollOf(db, orgId, workflowId);
  return { workflowId, versionId, connectionId, poll: poll! };
}

export async function pollOf(db: Db, orgId: string, workflowId: string) {
  const [poll] = await db
    .select()
    .from(triggerPolls)
    .where(and(eq(triggerPolls.orgId, orgId), eq(triggerPolls.workflowId, workflowId)));
  return poll;
}
