import { sql } from "drizzle-orm";
import { boolean, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { organizations } from "./organizations";
import { workflows, workflowVersions } from "./workflows";

export const WEBHOOK_SCHEMES = ["standard_webhooks", "github", "stripe", "slack", "hmac_sha256", "none"] as const;
export type WebhookScheme = (typeof WEBHOOK_SCHEMES)[number];

/** Raw request bodies are kept byte for byte: signatures are over bytes, and a replay must send the same ones. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/**
 * A public webhook URL of an organization: `/api/hooks/{id}` where `id` is unguessable (`wh_` + 32 random
 * base64url characters). The secrets are sealed like credentials (AAD = org id + endpoint id); during a rotation
 * the previous secret is still accepted until `previous_secret_expires_at`.
 */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: text("id").primaryKey(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    scheme: text("scheme", { enum: WEBHOOK_SCHEMES }).notNull(),
    /** Generic HMAC: `{ header, encoding, prefix, timestampHeader, idHeader }`; empty for the other schemes. */
    schemeConfig: jsonb("scheme_config").notNull().default({}),
    /** A connector's webhook trigger this endpoint receives (`github.webhook`): its events are read the connector's way. */
    connectorTrigger: text("connector_trigger"),
    /** Event names a delivery must have to start runs (e.g. `issues.opened`); empty: every event. */
    events: text("events").array().notNull().default(sql`'{}'::text[]`),
    /** Null for scheme `none` (the URL is the secret). */
    sealedSecret: text("sealed_secret"),
    sealedPreviousSecret: text("sealed_previous_secret"),
    /**
     * A masked hint of the current secret ("••••abcd") computed when it was sealed, so lists never open secrets.
     * Null for scheme `none`, and for secrets set before hints were stored (rotating the secret sets one).
     */
    secretHint: text("secret_hint"),
    previousSecretExpiresAt: timestamp("previous_secret_expires_at", { withTimezone: true }),
    secretRotatedAt: timestamp("secret_rotated_at", { withTimezone: true }),
    /** Deliveries accepted per minute (each process); above it, 429 with Retry-After. */
    rateLimitPerMinute: integer("rate_limit_per_minute").notNull().default(600),
    enabled: boolean("enabled").notNull().default(true),
    /** The last refused request (bad signature, too large…): for the sender's owner, never its body. */
    lastRejectedAt: timestamp("last_rejected_at", { withTimezone: true }),
    lastRejectionReason: text("last_rejection_reason"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("webhook_endpoints_org_idx").on(t.orgId), uniqueIndex("webhook_endpoints_org_name_idx").on(t.orgId, t.name)],
);

/**
 * The published workflows a delivery to an endpoint starts (their trigger node is `{ kind: "webhook", endpointId }`),
 * kept in step with the published definition by publish, like schedules.
 */
export const webhookSubscriptions = pgTable(
  "webhook_subscriptions",
  {
    endpointId: text("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    workflowId: uuid("workflow_id")
      .notNull()
      .references(() => workflows.id, { onDelete: "cascade" }),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    versionId: uuid("version_id")
      .notNull()
      .references(() => workflowVersions.id, { onDelete: "cascade" }),
    /** A JSONata boolean over `{ body, headers, event }`; deliveries for which it is not true start nothing. */
    filter: text("filter"),
  },
  (t) => [primaryKey({ columns: [t.endpointId, t.workflowId] }), index("webhook_subscriptions_workflow_idx").on(t.workflowId)],
);

/**
 * One accepted delivery, stored before it is acknowledged. `dedupe_key` is the provider's delivery id (or a hash of
 * the body when it has none): the same delivery again finds this row and starts nothing. `enqueued_at` is set once
 * its event is sent; a sweeper re-sends deliveries stored but not enqueued (a crash in between).
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    endpointId: text("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    dedupeKey: text("dedupe_key").notNull(),
    /** The provider's event name when the scheme or connector says (`issues.opened`, `payment_intent.succeeded`). */
    event: text("event"),
    contentType: text("content_type"),
    /** Request headers with signatures, cookies and authorization redacted. */
    headers: jsonb("headers").notNull(),
    body: bytea("body").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    /** What the signature check found: `github`, `stripe`, … or `none` (unsigned endpoint). */
    verifiedBy: text("verified_by").notNull(),
    /** Set when this delivery was sent again by a user ("replay"): the original. */
    replayOf: uuid("replay_of"),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    enqueuedAt: timestamp("enqueued_at", { withTimezone: true }),
    /** Runs the delivery started once dispatched (null until then). */
    runsStarted: integer("runs_started"),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_dedupe_idx").on(t.endpointId, t.dedupeKey),
    index("webhook_deliveries_endpoint_received_idx").on(t.endpointId, t.receivedAt),
    index("webhook_deliveries_unenqueued_idx").on(t.receivedAt).where(sql`${t.enqueuedAt} is null`),
    // Retention: the sweep deletes the oldest first.
    index("webhook_deliveries_received_idx").on(t.receivedAt),
  ],
);
