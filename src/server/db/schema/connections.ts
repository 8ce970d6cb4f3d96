import { sql } from "drizzle-orm";
import { bigint, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { organizations } from "./organizations";

export const CONNECTION_STATUSES = ["active", "needs_reauth", "error"] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

/**
 * An organization's credentials for one connector. `sealed_credentials` is the vault's output
 * (`<key version>:<base64url>`, AAD = org id + connection id): only the engine opens it, and no API selects it.
 */
export const connections = pgTable(
  "connections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    connectorId: text("connector_id").notNull(),
    name: text("name").notNull(),
    authType: text("auth_type").notNull(),
    sealedCredentials: text("sealed_credentials").notNull(),
    /** A masked hint ("••••abcd") computed when the credentials were sealed. */
    credentialHint: text("credential_hint").notNull(),
    status: text("status", { enum: CONNECTION_STATUSES }).notNull().default("active"),
    lastTestedAt: timestamp("last_tested_at", { withTimezone: true }),
    lastError: text("last_error"),
    /** Overrides the connector's default rate limit for this connection (both set or neither). */
    rateLimitRequests: integer("rate_limit_requests"),
    rateLimitPerMs: integer("rate_limit_per_ms"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("connections_org_name_idx").on(t.orgId, t.name),
    index("connections_org_connector_idx").on(t.orgId, t.connectorId),
    check("connections_status_check", sql`${t.status} in ('active', 'needs_reauth', 'error')`),
    check(
      "connections_rate_limit_check",
      sql`(${t.rateLimitRequests} is null and ${t.rateLimitPerMs} is null) or (${t.rateLimitRequests} > 0 and ${t.rateLimitPerMs} >= 1000)`,
    ),
  ],
);

/**
 * The requests each connection made in its current rate-limit window, shared by every process: a fixed window
 * per (connection, window length), counted with one upsert per request.
 */
export const connectionRateWindows = pgTable(
  "connection_rate_windows",
  {
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => connections.id, { onDelete: "cascade" }),
    perMs: integer("per_ms").notNull(),
    /** Milliseconds since the epoch at which the current window began (a multiple of per_ms). */
    windowStart: bigint("window_start", { mode: "number" }).notNull(),
    used: integer("used").notNull(),
  },
  (t) => [primaryKey({ columns: [t.connectionId, t.perMs] })],
);

/**
 * An organization's own connectors: the declarative JSON shape (written in the editor or imported from OpenAPI),
 * compiled by the same runtime as the built-in ones. `connector_id` is what workflow nodes name (`custom-…`).
 */
export const customConnectors = pgTable(
  "custom_connectors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    connectorId: text("connector_id").notNull(),
    name: text("name").notNull(),
    definition: jsonb("definition").notNull(),
    /** Where it came from: written in the editor, or imported from an OpenAPI document. */
    source: text("source", { enum: ["editor", "openapi"] }).notNull().default("editor"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("custom_connectors_org_connector_idx").on(t.orgId, t.connectorId)],
);
