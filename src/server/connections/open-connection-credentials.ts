import { and, eq } from "drizzle-orm";
import { notFound } from "@/core/errors/domain-errors";
import type { VaultKeyring } from "@/core/vault";
import { connections } from "@/server/db/schema/connections";
import type { DbOrTx } from "@/server/db/types";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { openConnectionCredentialsValue, type ConnectionCredentials, type ConnectionRef } from "./connection-credentials";

export interface OpenedConnection {
  id: string;
  connectorId: string;
  authType: string;
  status: "active" | "needs_reauth" | "error";
  credentials: ConnectionCredentials;
  rateLimitRequests: number | null;
  rateLimitPerMs: number | null;
}

/**
 * For the engine only (inside a step, right before the outbound call) — never expose it through an API.
 * Reads the connection of that org (another org's id is NOT_FOUND) and opens its credentials.
 */
export async function openConnectionCredentials(
  db: DbOrTx,
  ref: ConnectionRef,
  keyring: VaultKeyring = getVaultKeyring(),
): Promise<OpenedConnection> {
  const [row] = await db
    .select({
      id: connections.id,
      connectorId: connections.connectorId,
      authType: connections.authType,
      status: connections.status,
      rateLimitRequests: connections.rateLimitRequests,
      rateLimitPerMs: connections.rateLimitPerMs,
      sealedCredentials: connections.sealedCredentials,
    })
    .from(connections)
    .where(and(eq(connections.orgId, ref.orgId), eq(connections.id, ref.connectionId)))
    .limit(1);
  if (!row) throw notFound("Connection");
  const { sealedCredentials, ...connection } = row;
  return { ...connection, credentials: openConnectionCredentialsValue(keyring, ref, sealedCredentials) };
}
