import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { findOrgConnector } from "@/server/connectors/org-connectors";
import { sealConnectionCredentials } from "@/server/connections/connection-credentials";
import { connections } from "@/server/db/schema/connections";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { checkConnectionCredentials } from "./check-connection-credentials";
import { credentialsSchema } from "./connection-inputs";
import { connectionView } from "./connection-view";
import { getConnectionInOrg } from "./get-connection-in-org";

export const reconnectConnectionInput = z.object({ connectionId: z.uuid("Unknown connection."), credentials: credentialsSchema });

/** Replaces the credentials (sealed with the newest key) and marks the connection active again; the last test result no longer applies. */
export async function reconnectConnection({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof reconnectConnectionInput> }) {
  return ctx.db.transaction(async (tx) => {
    const connection = await getConnectionInOrg(ctx, input.connectionId, tx);
    // A connector that is gone (a deleted custom connector) cannot say what its form holds; the values are kept as given.
    const connector = await findOrgConnector(tx, ctx.org.id, connection.connectorId);
    if (connector) checkConnectionCredentials(connector, connection.authType, input.credentials);
    const sealed = sealConnectionCredentials(getVaultKeyring(), { orgId: ctx.org.id, connectionId: connection.id }, input.credentials);
    const [row] = await tx
      .update(connections)
      .set({ ...sealed, status: "active", lastError: null, lastTestedAt: null, updatedAt: new Date() })
      .where(and(eq(connections.orgId, ctx.org.id), eq(connections.id, connection.id)))
      .returning(connectionView);
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "connection.reconnected",
      target: { type: "connection", id: connection.id, label: connection.name },
      metadata: { previousStatus: connection.status },
    });
    return row!;
  });
}
