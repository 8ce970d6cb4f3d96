CREATE TABLE "executor_apps" (
	"url" text PRIMARY KEY NOT NULL,
	"app_name" text NOT NULL,
	"synced_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "executor_cron_fires" (
	"function_id" text NOT NULL,
	"cron" text NOT NULL,
	"slot" timestamp with time zone NOT NULL,
	CONSTRAINT "executor_cron_fires_function_id_cron_slot_pk" PRIMARY KEY("function_id","cron","slot")
);
--> statement-breakpoint
CREATE TABLE "executor_events" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"data" jsonb NOT NULL,
	"ts" bigint NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "executor_functions" (
	"id" text PRIMARY KEY NOT NULL,
	"app_url" text NOT NULL,
	"name" text NOT NULL,
	"call_url" text NOT NULL,
	"triggers" jsonb NOT NULL,
	"retries" integer NOT NULL,
	"concurrency" jsonb,
	"throttle" jsonb,
	"idempotency" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "executor_idempotency_keys" (
	"function_id" text NOT NULL,
	"key" text NOT NULL,
	"run_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "executor_idempotency_keys_function_id_key_pk" PRIMARY KEY("function_id","key")
);
--> statement-breakpoint
CREATE TABLE "executor_jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"run_id" text NOT NULL,
	"kind" text NOT NULL,
	"step_id" text,
	"dedupe_key" text NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"attempt" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"requeue" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "executor_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"function_id" text NOT NULL,
	"status" text NOT NULL,
	"event" jsonb NOT NULL,
	"events" jsonb NOT NULL,
	"max_attempts" integer NOT NULL,
	"disable_immediate_execution" boolean DEFAULT false NOT NULL,
	"concurrency" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"throttle_key" text,
	"parent_run_id" text,
	"parent_step_id" text,
	"output" jsonb,
	"error" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "executor_steps" (
	"run_id" text NOT NULL,
	"step_id" text NOT NULL,
	"seq" bigserial NOT NULL,
	"outcome" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "executor_steps_run_id_step_id_pk" PRIMARY KEY("run_id","step_id")
);
--> statement-breakpoint
CREATE TABLE "executor_waits" (
	"run_id" text NOT NULL,
	"step_id" text NOT NULL,
	"event_name" text NOT NULL,
	"expression" text,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "executor_waits_run_id_step_id_pk" PRIMARY KEY("run_id","step_id")
);
--> statement-breakpoint
ALTER TABLE "executor_functions" ADD CONSTRAINT "executor_functions_app_url_executor_apps_url_fk" FOREIGN KEY ("app_url") REFERENCES "public"."executor_apps"("url") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "executor_jobs" ADD CONSTRAINT "executor_jobs_run_id_executor_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."executor_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "executor_steps" ADD CONSTRAINT "executor_steps_run_id_executor_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."executor_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "executor_waits" ADD CONSTRAINT "executor_waits_run_id_executor_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."executor_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "executor_jobs_dedupe_idx" ON "executor_jobs" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "executor_jobs_poll_idx" ON "executor_jobs" USING btree ("run_at","locked_until");--> statement-breakpoint
CREATE INDEX "executor_runs_function_idx" ON "executor_runs" USING btree ("function_id","created_at");--> statement-breakpoint
CREATE INDEX "executor_runs_throttle_idx" ON "executor_runs" USING btree ("throttle_key","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "executor_runs_parent_idx" ON "executor_runs" USING btree ("parent_run_id","parent_step_id");--> statement-breakpoint
CREATE INDEX "executor_waits_event_idx" ON "executor_waits" USING btree ("event_name","expires_at");