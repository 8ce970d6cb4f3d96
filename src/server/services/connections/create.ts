import { randomUUID } from "node:crypto";
import { z } from "zod";
import { invalid } from "@/core/errors/domain-errors";
import { findOrgConnector } from "@/server/connectors/org-connectors";
import { sealConnectionCredentials } from "@/server/connections/connection-credentials";
import { connections } from "@/server/db/schema/connections";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { checkConnectionCredentials } from "./check-connection-credentials";
import { authTypeSchema, connectionNameSchema, connectionNameTaken, connectorIdSchema, credentialsSchema } from "./connection-inputs";
import { connectionView } from "./connection-view";

export const createConnectionInput = z.object({
  connectorId: connectorIdSchema,
  name: connectionNameSchema,
  authType: authTypeSchema,
  credentials: credentialsSchema,
});

/** Stores a connection with its credentials sealed to (org, connection id); returns the masked view only. */
export async function createConnection({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof createConnectionInput> }) {
  const connector = await findOrgConnector(ctx.db, ctx.org.id, input.connectorId);
  if (!connector) throw invalid(`There is no connector "${input.connectorId}"; pick one from the list.`, "connectorId");
  checkConnectionCredentials(connector, input.authType, input.credentials);
  // The id is part of the AAD, so it is chosen before sealing rather than by the database.
  const id = randomUUID();
  const sealed = sealConnectionCredentials(getVaultKeyring(), { orgId: ctx.org.id, connectionId: id }, input.credentials);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(connections)
      .values({
        id,
        orgId: ctx.org.id,
        connectorId: input.connectorId,
        name: input.name,
        authType: input.authType,
        ...sealed,
        createdBy: ctx.actor.type === "user" ? ctx.actor.userId : null,
      })
      .onConflictDoNothing({ target: [connections.orgId, connections.name] })
      .returning(connectionView);
    if (!row) throw connectionNameTaken(input.name);
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "connection.created",
      target: { type: "connection", id, label: row.name },
      metadata: { connectorId: row.connectorId, authType: row.authType },
    });
    return row;
  });
}
