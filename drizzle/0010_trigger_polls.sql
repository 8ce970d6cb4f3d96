CREATE TABLE "trigger_poll_items" (
	"poll_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trigger_poll_items_poll_id_item_key_pk" PRIMARY KEY("poll_id","item_key")
);
--> statement-breakpoint
CREATE TABLE "trigger_polls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"workflow_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"node_id" text NOT NULL,
	"trigger_id" text NOT NULL,
	"connection_id" text,
	"interval_ms" integer NOT NULL,
	"cursor" text,
	"next_poll_at" timestamp with time zone NOT NULL,
	"last_polled_at" timestamp with time zone,
	"last_error" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "trigger_poll_items" ADD CONSTRAINT "trigger_poll_items_poll_id_trigger_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."trigger_polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trigger_polls" ADD CONSTRAINT "trigger_polls_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trigger_polls" ADD CONSTRAINT "trigger_polls_workflow_id_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trigger_polls" ADD CONSTRAINT "trigger_polls_version_id_workflow_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."workflow_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trigger_poll_items_seen_idx" ON "trigger_poll_items" USING btree ("seen_at");--> statement-breakpoint
CREATE UNIQUE INDEX "trigger_polls_workflow_idx" ON "trigger_polls" USING btree ("workflow_id");--> statement-breakpoint
CREATE INDEX "trigger_polls_org_idx" ON "trigger_polls" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "trigger_polls_due_idx" ON "trigger_polls" USING btree ("next_poll_at") WHERE "trigger_polls"."enabled";