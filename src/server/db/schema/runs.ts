import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";
import { workflows, workflowVersions } from "./workflows";

export const RUN_STATUSES = ["queued", "running", "sleeping", "waiting", "succeeded", "failed", "cancelled"] as const;
export const runStatus = pgEnum("run_status", RUN_STATUSES);

export const STEP_STATUSES = ["running", "succeeded", "failed", "skipped", "sleeping", "waiting"] as const;
export const stepStatus = pgEnum("step_status", STEP_STATUSES);

/** One execution of a published workflow version. */
export const runs = pgTable(
  "runs",
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
    status: runStatus("status").notNull().default("queued"),
    triggerKind: text("trigger_kind").notNull(),
    triggerPayload: jsonb("trigger_payload").$type<unknown>().notNull(),
    output: jsonb("output").$type<unknown>(),
    error: jsonb("error").$type<{ message: string; nodeId?: string } | null>(),
    replayOfRunId: uuid("replay_of_run_id"),
    rerunFromNodeId: text("rerun_from_node_id"),
    /** Hops of workflow-to-workflow events that led to this run (0: not started by one); sub-workflows inherit it. */
    eventDepth: integer("event_depth").notNull().default(0),
    deadLetteredAt: timestamp("dead_lettered_at", { withTimezone: true }),
    engineRunId: text("engine_run_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("runs_org_created_idx").on(t.orgId, t.createdAt),
    index("runs_org_status_idx").on(t.orgId, t.status),
    index("runs_org_workflow_idx").on(t.orgId, t.workflowId, t.createdAt),
    // The sweeper's view: runs still waiting for their start event to be taken up (a small, partial index).
    index("runs_queued_idx").on(t.createdAt).where(sql`${t.status} = 'queued'`),
  ],
);

/** One attempt of one node in a run: what went in, what came out, what failed, which HTTP calls it made. */
export const runSteps = pgTable(
  "run_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    runId: uuid("run_id")
      .notNull()
      .references(() => runs.id, { onDelete: "cascade" }),
    nodeId: text("node_id").notNull(),
    /** `nodeId`, or `nodeId:index` inside loops. */
    stepId: text("step_id").notNull(),
    attempt: integer("attempt").notNull().default(1),
    status: stepStatus("status").notNull(),
    input: jsonb("input").$type<unknown>(),
    output: jsonb("output").$type<unknown>(),
    error: jsonb("error").$type<{ message: string } | null>(),
    httpCalls: jsonb("http_calls").$type<unknown[]>().notNull().default([]),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("run_steps_run_step_attempt_idx").on(t.runId, t.stepId, t.attempt),
    index("run_steps_run_idx").on(t.runId, t.startedAt),
    index("run_steps_org_idx").on(t.orgId),
  ],
);

/** Things a person should know about (a run that failed for good, a connection that needs re-auth). */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    link: text("link"),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("notifications_org_created_idx").on(t.orgId, t.createdAt)],
);
