import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { connections } from "./connections";
import { organizations } from "./organizations";

/**
 * One pending authorization-code flow. Only the SHA-256 of the `state` parameter is stored (the state itself is a
 * bearer secret in the user's browser); the PKCE code verifier is sealed with the vault (AAD = org + state hash).
 * A row is consumed by a single DELETE … RETURNING, so a state works once; it expires after 10 minutes.
 */
export const oauthStates = pgTable(
  "oauth_states",
  {
    stateHash: text("state_hash").primaryKey(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The connector whose provider configuration the flow uses. */
    connectorId: text("connector_id").notNull(),
    /** Name of the connection to create, or the connection to reconnect. */
    connectionName: text("connection_name"),
    connectionId: uuid("connection_id").references(() => connections.id, { onDelete: "cascade" }),
    sealedCodeVerifier: text("sealed_code_verifier"),
    redirectUri: text("redirect_uri").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("oauth_states_org_idx").on(t.orgId), index("oauth_states_expires_idx").on(t.expiresAt)],
);

/**
 * An organization's own OAuth app for one provider, used instead of the OAUTH_<APP>_CLIENT_ID/_SECRET of the
 * environment. The client secret is sealed (AAD = org + "oauth-app" + app id).
 */
export const oauthApps = pgTable(
  "oauth_apps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    app: text("app").notNull(),
    clientId: text("client_id").notNull(),
    sealedClientSecret: text("sealed_client_secret"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("oauth_apps_org_app_idx").on(t.orgId, t.app)],
);
