import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { gone } from "@/core/errors/domain-errors";
import { sealConnectionCredentials } from "@/server/connections/connection-credentials";
import { connections } from "@/server/db/schema/connections";
import type { DbOrTx } from "@/server/db/types";
import { recordAudit } from "@/server/services/audit/record-audit";
import { connectionNameTaken } from "@/server/services/connections/connection-inputs";
import type { Actor } from "@/server/services/context";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { tokensToCredentials, type OAuthAuthType, type OAuthTokens } from "./oauth-tokens";

export interface StoreOAuthConnectionInput {
  orgId: string;
  actor: Actor;
  connectorId: string;
  authType: OAuthAuthType;
  tokens: OAuthTokens;
  /** A new connection of that name, or the existing connection to reconnect. */
  target: { name: string } | { connectionId: string };
}

/**
 * Seals the tokens into a new connection or over an existing one (reconnect), marks it active and writes the audit
 * row — in the caller's transaction. Returns the connection id; a name already taken is a CONFLICT.
 */
export async function storeOAuthConnection(tx: DbOrTx, input: StoreOAuthConnectionInput): Promise<string> {
  const keyring = getVaultKeyring();
  const credentials = tokensToCredentials(input.tokens);
  if ("connectionId" in input.target) {
    const id = input.target.connectionId;
    const sealed = sealConnectionCredentials(keyring, { orgId: input.orgId, connectionId: id }, credentials);
    const [row] = await tx
      .update(connections)
      .set({ ...sealed, authType: input.authType, status: "active", lastError: null, updatedAt: new Date() })
      .where(and(eq(connections.orgId, input.orgId), eq(connections.id, id)))
      .returning({ id: connections.id, name: connections.name });
    if (!row) throw connectionGone();
    await recordAudit(tx, {
      orgId: input.orgId,
      actor: input.actor,
      action: "connection.reconnected",
      target: { type: "connection", id, label: row.name },
      metadata: { via: input.authType },
    });
    return id;
  }
  const id = randomUUID();
  const sealed = sealConnectionCredentials(keyring, { orgId: input.orgId, connectionId: id }, credentials);
  const [row] = await tx
    .insert(connections)
    .values({
      id,
      orgId: input.orgId,
      connectorId: input.connectorId,
      name: input.target.name,
      authType: input.authType,
      ...sealed,
      createdBy: input.actor.type === "user" ? input.actor.userId : null,
    })
    .onConflictDoNothing({ target: [connections.orgId, connections.name] })
    .returning({ id: connections.id });
  if (!row) throw connectionNameTaken(input.target.name);
  await recordAudit(tx, {
    orgId: input.orgId,
    actor: input.actor,
    action: "connection.created",
    target: { type: "connection", id, label: input.target.name },
    metadata: { connectorId: input.connectorId, authType: input.authType },
  });
  return id;
}

function connectionGone() {
  return gone("The connection was deleted while you were signing in at the provider; connect again from Connections.");
}
