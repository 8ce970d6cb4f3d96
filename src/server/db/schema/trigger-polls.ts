import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";
import { workflows, workflowVersions } from "./workflows";

/**
 * The connector (polling) trigger of a workflow's published version (one per workflow), kept in step with the
 * published definition by publish. The minute tick polls it once `next_poll_at` has passed: the API is asked from
 * `cursor` (null: never polled), each new item starts a run, and the answer's cursor is stored for the next poll.
 * A failing poll keeps its cursor, records why (`last_error`, never a credential) and backs off.
 */
export const triggerPolls = pgTable(
  "trigger_polls",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    workflowId: uuid("workflow_id")
      .notNull()
      .references(() => workflows.id, { onDelete: "cascade" }),
    versionId: uuid("version_id")
      .notNull()
      .references(() => workflowVersions.id, { onDelete: "cascade" }),
    nodeId: text("node_id").notNull(),
    /** `<connector>.<trigger>`. */
    triggerId: text("trigger_id").notNull(),
    // No FK: a deleted connection is noticed by the next poll, which stops with an error saying so instead of
    // silently polling without credentials.
    connectionId: text("connection_id"),
    intervalMs: integer("interval_ms").notNull(),
    cursor: text("cursor"),
    /** The node's `trigger.input` (what to poll: a spreadsheet, a repository); a change starts the poll over. */
    triggerInput: jsonb("trigger_input").notNull().default({}),
    nextPollAt: timestamp("next_poll_at", { withTimezone: true }).notNull(),
    lastPolledAt: timestamp("last_polled_at", { withTimezone: true }),
    lastError: text("last_error"),
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    enabled: boolean("enabled").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("trigger_polls_workflow_idx").on(t.workflowId),
    index("trigger_polls_org_idx").on(t.orgId),
    index("trigger_polls_due_idx").on(t.nextPollAt).where(sql`${t.enabled}`),
  ],
);

/**
 * The items a poll has seen, by the SHA-256 (hex) of the trigger's dedupe key. Its primary key is what makes an
 * item start one run: the poll inserts the key with ON CONFLICT DO NOTHING in the transaction that inserts the run.
 * Keys seen again are refreshed now and then, so only items the API stopped returning age out (after 30 days).
 */
export const triggerPollItems = pgTable(
  "trigger_poll_items",
  {
    pollId: uuid("poll_id")
      .notNull()
      .references(() => triggerPolls.id, { onDelete: "cascade" }),
    itemKey: text("item_key").notNull(),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.itemKey] }), index("trigger_poll_items_seen_idx").on(t.seenAt)],
);
