import { z } from "zod";
import { ConnectorActionError, type ConnectorDefinition } from "@/core/connectors";
import { DomainError } from "@/core/errors/domain-errors";
import { VaultError } from "@/core/vault";
import { openConnectionCredentials, type OpenedConnection } from "@/server/connections/open-connection-credentials";
import type { DbOrTx } from "@/server/db/types";

const connectionIdSchema = z.uuid();

/**
 * Opens the connection a node names, inside the step, for the run's org only; checks that it belongs to the
 * node's connector and is usable. Every refusal says what to do; none repeats a credential.
 */
export async function openNodeConnection(db: DbOrTx, orgId: string, connector: ConnectorDefinition, connectionId: string, options: { allowNeedsReauth?: boolean } = {}): Promise<OpenedConnection> {
  const missing = () => new ConnectorActionError(`The ${connector.name} connection of this step was not found in this organization (it may have been deleted); pick another connection.`);
  // Not an id at all: a lookup would only fail later, as a database error.
  if (!connectionIdSchema.safeParse(connectionId).success) throw missing();
  let connection: OpenedConnection;
  try {
    connection = await openConnectionCredentials(db, { orgId, connectionId });
  } catch (error) {
    if (error instanceof DomainError && error.kind === "NOT_FOUND") throw missing();
    if (error instanceof VaultError) throw new ConnectorActionError(`The ${connector.name} connection's credentials could not be opened (${error.message}); reconnect the connection.`);
    throw error;
  }
  if (connection.connectorId !== connector.id) {
    throw new ConnectorActionError(`This step uses ${connector.name} (${connector.id}) but its connection is for "${connection.connectorId}"; pick a connection of ${connector.name}.`);
  }
  if (connection.status === "needs_reauth" && !options.allowNeedsReauth) throw new ConnectorActionError(`The ${connector.name} connection needs to be reconnected (its sign-in expired or was revoked); reconnect it, then retry the run.`);
  return connection;
}
