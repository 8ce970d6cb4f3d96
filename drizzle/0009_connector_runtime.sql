CREATE TABLE "connection_rate_windows" (
	"connection_id" uuid NOT NULL,
	"per_ms" integer NOT NULL,
	"window_start" bigint NOT NULL,
	"used" integer NOT NULL,
	CONSTRAINT "connection_rate_windows_connection_id_per_ms_pk" PRIMARY KEY("connection_id","per_ms")
);
--> statement-breakpoint
CREATE TABLE "custom_connectors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"connector_id" text NOT NULL,
	"name" text NOT NULL,
	"definition" jsonb NOT NULL,
	"source" text DEFAULT 'editor' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "connections" ADD COLUMN "rate_limit_requests" integer;--> statement-breakpoint
ALTER TABLE "connections" ADD COLUMN "rate_limit_per_ms" integer;--> statement-breakpoint
ALTER TABLE "connection_rate_windows" ADD CONSTRAINT "connection_rate_windows_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_connectors" ADD CONSTRAINT "custom_connectors_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_connectors" ADD CONSTRAINT "custom_connectors_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "custom_connectors_org_connector_idx" ON "custom_connectors" USING btree ("org_id","connector_id");--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_rate_limit_check" CHECK (("connections"."rate_limit_requests" is null and "connections"."rate_limit_per_ms" is null) or ("connections"."rate_limit_requests" > 0 and "connections"."rate_limit_per_ms" >= 1000));