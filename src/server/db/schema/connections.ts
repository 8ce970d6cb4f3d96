import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
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
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("connections_org_name_idx").on(t.orgId, t.name),
    index("connections_org_connector_idx").on(t.orgId, t.connectorId),
    check("connections_status_check", sql`${t.status} in ('active', 'needs_reauth', 'error')`),
  ],
);
