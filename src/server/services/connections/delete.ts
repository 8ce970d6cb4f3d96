import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { connections } from "@/server/db/schema/connections";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import type { connectionIdInput } from "./connection-inputs";
import { getConnectionInOrg } from "./get-connection-in-org";

/** Deletes the connection and, with it, its sealed credentials. */
export async function deleteConnection({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof connectionIdInput> }) {
  return ctx.db.transaction(async (tx) => {
    const connection = await getConnectionInOrg(ctx, input.connectionId, tx);
    await tx.delete(connections).where(and(eq(connections.orgId, ctx.org.id), eq(connections.id, connection.id)));
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "connection.deleted",
      target: { type: "connection", id: connection.id, label: connection.name },
      metadata: { connectorId: connection.connectorId },
    });
    return { deleted: true as const };
  });
}
