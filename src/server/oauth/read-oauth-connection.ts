import { and, eq } from "drizzle-orm";
import { notFound } from "@/core/errors/domain-errors";
import type { VaultKeyring } from "@/core/vault";
import { openConnectionCredentialsValue, type ConnectionRef } from "@/server/connections/connection-credentials";
import { connections } from "@/server/db/schema/connections";
import type { DbOrTx } from "@/server/db/types";
import { OAuthReconnectRequiredError } from "./oauth-errors";
import { isOAuthAuthType, tokensFromCredentials, type OAuthAuthType, type OAuthTokens } from "./oauth-tokens";

export interface OAuthConnection {
  id: string;
  name: string;
  connectorId: string;
  authType: OAuthAuthType;
  tokens: OAuthTokens;
}

/**
 * Reads and opens an OAuth2 connection of the org (another org's id is NOT_FOUND). `lock` takes the row lock
 * (SELECT … FOR UPDATE) that serialises refreshes of one connection. A connection marked needs_reauth is refused
 * with the message that says to reconnect it.
 */
export async function readOAuthConnection(db: DbOrTx, ref: ConnectionRef, keyring: VaultKeyring, { lock = false } = {}): Promise<OAuthConnection> {
  const query = db
    .select({
      id: connections.id,
      name: connections.name,
      connectorId: connections.connectorId,
      authType: connections.authType,
      status: connections.status,
      lastError: connections.lastError,
      sealedCredentials: connections.sealedCredentials,
    })
    .from(connections)
    .where(and(eq(connections.orgId, ref.orgId), eq(connections.id, ref.connectionId)))
    .limit(1);
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound("Connection");
  if (!isOAuthAuthType(row.authType)) throw new Error(`The connection “${row.name}” does not use OAuth2 (auth type ${row.authType}).`);
  if (row.status === "needs_reauth") throw reconnectRequired(row, row.lastError ?? "the provider no longer accepts its authorization");
  const tokens = tokensFromCredentials(openConnectionCredentialsValue(keyring, ref, row.sealedCredentials));
  if (!tokens) throw reconnectRequired(row, "it holds no access token");
  return { id: row.id, name: row.name, connectorId: row.connectorId, authType: row.authType, tokens };
}

export function reconnectRequired(connection: { id: string; name: string }, reason: string): OAuthReconnectRequiredError {
  return new OAuthReconnectRequiredError(
    connection.id,
    `The connection “${connection.name}” must be reconnected: ${reason}. Open Connections and click Reconnect to sign in to the provider again.`,
  );
}
