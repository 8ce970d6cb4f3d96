ALTER TABLE "runs" ADD COLUMN "event_depth" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "executor_events_received_idx" ON "executor_events" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "executor_jobs_run_idx" ON "executor_jobs" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "executor_runs_ended_idx" ON "executor_runs" USING btree ("ended_at");