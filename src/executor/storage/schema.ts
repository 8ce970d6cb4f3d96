import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const RUN_STATUSES = ["queued", "running", "sleeping", "waiting", "completed", "failed", "cancelled"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** start: first call; continue: call with stepId=step; step: call one planned step; sleep/timeout: internal timers. */
export const JOB_KINDS = ["start", "continue", "step", "sleep", "wait-timeout", "invoke-timeout"] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** A JSON value as stored in jsonb columns. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A memoized step outcome, exactly as sent back to the SDK in `steps`. */
export type StepOutcome = { data: Json } | { error: Json };

export interface ConcurrencySlot {
  key: string;
  limit: number;
}

export interface StoredTrigger {
  event?: string;
  expression?: string;
  cron?: string;
}

/** One app synced through `PUT <appUrl>` → `POST /fn/register`. */
export const executorApps = pgTable("executor_apps", {
  url: text("url").primaryKey(),
  appName: text("app_name").notNull(),
  syncedAt: at("synced_at").notNull(),
});

/** The registered configuration of each function (the SDK's sync payload, already validated). */
export const executorFunctions = pgTable("executor_functions", {
  id: text("id").primaryKey(),
  appUrl: text("app_url")
    .notNull()
    .references(() => executorApps.url, { onDelete: "cascade" }),
  name: text("name").notNull(),
  callUrl: text("call_url").notNull(),
  triggers: jsonb("triggers").$type<StoredTrigger[]>().notNull(),
  retries: integer("retries").notNull(),
  concurrency: jsonb("concurrency").$type<Json>(),
  throttle: jsonb("throttle").$type<Json>(),
  idempotency: text("idempotency"),
  updatedAt: at("updated_at").notNull(),
});

/** Every event received; `received_at` drives the 24 h event-id deduplication (and the sweep after it). */
export const executorEvents = pgTable(
  "executor_events",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    data: jsonb("data").$type<Json>().notNull(),
    ts: bigint("ts", { mode: "number" }).notNull(),
    receivedAt: at("received_at").notNull(),
  },
  (t) => [index("executor_events_received_idx").on(t.receivedAt)],
);

export const executorRuns = pgTable(
  "executor_runs",
  {
    id: text("id").primaryKey(),
    functionId: text("function_id").notNull(),
    status: text("status", { enum: RUN_STATUSES }).notNull(),
    event: jsonb("event").$type<Json>().notNull(),
    events: jsonb("events").$type<Json[]>().notNull(),
    maxAttempts: integer("max_attempts").notNull(),
    disableImmediateExecution: boolean("disable_immediate_execution").notNull().default(false),
    concurrency: jsonb("concurrency").$type<ConcurrencySlot[]>().notNull().default([]),
    throttleKey: text("throttle_key"),
    parentRunId: text("parent_run_id"),
    parentStepId: text("parent_step_id"),
    output: jsonb("output").$type<Json>(),
    error: jsonb("error").$type<Json>(),
    createdAt: at("created_at").notNull(),
    startedAt: at("started_at"),
    endedAt: at("ended_at"),
  },
  (t) => [
    index("executor_runs_function_idx").on(t.functionId, t.createdAt),
    index("executor_runs_throttle_idx").on(t.throttleKey, t.startedAt),
    uniqueIndex("executor_runs_parent_idx").on(t.parentRunId, t.parentStepId),
    index("executor_runs_ended_idx").on(t.endedAt),
  ],
);

/** Memoized step results: a step stored here is never run again. */
export const executorSteps = pgTable(
  "executor_steps",
  {
    runId: text("run_id")
      .notNull()
      .references(() => executorRuns.id, { onDelete: "cascade" }),
    stepId: text("step_id").notNull(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    outcome: jsonb("outcome").$type<StepOutcome>().notNull(),
    createdAt: at("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.stepId] })],
);

/** Open `step.waitForEvent` calls. */
export const executorWaits = pgTable(
  "executor_waits",
  {
    runId: text("run_id")
      .notNull()
      .references(() => executorRuns.id, { onDelete: "cascade" }),
    stepId: text("step_id").notNull(),
    eventName: text("event_name").notNull(),
    expression: text("expression"),
    expiresAt: at("expires_at").notNull(),
    createdAt: at("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.stepId] }), index("executor_waits_event_idx").on(t.eventName, t.expiresAt)],
);

/** The work queue. `dedupe_key` makes a planned op enqueue once; `requeue` re-arms a job that was asked for while in flight. */
export const executorJobs = pgTable(
  "executor_jobs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    runId: text("run_id")
      .notNull()
      .references(() => executorRuns.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: JOB_KINDS }).notNull(),
    stepId: text("step_id"),
    dedupeKey: text("dedupe_key").notNull(),
    runAt: at("run_at").notNull(),
    attempt: integer("attempt").notNull().default(0),
    lockedUntil: at("locked_until"),
    requeue: boolean("requeue").notNull().default(false),
  },
  (t) => [
    uniqueIndex("executor_jobs_dedupe_idx").on(t.dedupeKey),
    index("executor_jobs_poll_idx").on(t.runAt, t.lockedUntil),
    // A run's jobs are deleted when it ends (and by the cascade): without this, each end scans every sleeper's job.
    index("executor_jobs_run_idx").on(t.runId),
  ],
);

/** Function `idempotency` keys, each valid for 24 h. */
export const executorIdempotencyKeys = pgTable(
  "executor_idempotency_keys",
  {
    functionId: text("function_id").notNull(),
    key: text("key").notNull(),
    runId: text("run_id").notNull(),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.functionId, t.key] })],
);

/** Cron slots already fired, so a slot fires once even across restarts and several processes. */
export const executorCronFires = pgTable(
  "executor_cron_fires",
  {
    functionId: text("function_id").notNull(),
    cron: text("cron").notNull(),
    slot: at("slot").notNull(),
  },
  (t) => [primaryKey({ columns: [t.functionId, t.cron, t.slot] })],
);
