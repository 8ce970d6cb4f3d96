import { sql } from "drizzle-orm";
import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";
import { workflows, workflowVersions } from "./workflows";

/**
 * The schedule trigger of a workflow's published version (one per workflow). Kept in step with the published
 * definition by publish; `next_run_at` is the earliest slot not yet fired, advanced by the schedule tick.
 */
export const schedules = pgTable(
  "schedules",
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
    cron: text("cron").notNull(),
    timezone: text("timezone").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    nextRunAt: timestamp("next_run_at", { withTimezone: true }).notNull(),
    lastSlot: timestamp("last_slot", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("schedules_workflow_idx").on(t.workflowId),
    index("schedules_org_idx").on(t.orgId),
    index("schedules_due_idx").on(t.nextRunAt).where(sql`${t.enabled}`),
  ],
);

/**
 * One row per fired slot. Its primary key is what makes a slot run once: the tick inserts (schedule, slot) with
 * ON CONFLICT DO NOTHING in the transaction that inserts the run, so a second tick, a retry or a restart finds the
 * slot taken and creates nothing. `enqueued_at` is set once the run's start event was sent; a slot whose run is
 * still queued without it was stranded by a crash between commit and send, and the tick's sweeper re-sends it.
 */
export const scheduleSlots = pgTable(
  "schedule_slots",
  {
    scheduleId: uuid("schedule_id")
      .notNull()
      .references(() => schedules.id, { onDelete: "cascade" }),
    slot: timestamp("slot", { withTimezone: true }).notNull(),
    // No FK: the slot row is written before the run row (same transaction), and a slot stays claimed if its run is deleted.
    runId: uuid("run_id").notNull(),
    enqueuedAt: timestamp("enqueued_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.scheduleId, t.slot] }),
    index("schedule_slots_unsent_idx").on(t.createdAt).where(sql`${t.enqueuedAt} is null`),
  ],
);
