import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { connections } from "@/server/db/schema/connections";
import { isUniqueViolation } from "@/server/db/unique-violation";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { connectionNameSchema, connectionNameTaken } from "./connection-inputs";
import { connectionView } from "./connection-view";
import { getConnectionInOrg } from "./get-connection-in-org";

export const renameConnectionInput = z.object({ connectionId: z.uuid("Unknown connection."), name: connectionNameSchema });

export async function renameConnection({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof renameConnectionInput> }) {
  return ctx.db.transaction(async (tx) => {
    const connection = await getConnectionInOrg(ctx, input.connectionId, tx);
    if (connection.name === input.name) return connection;
    const [row] = await tx
      .update(connections)
      .set({ name: input.name, updatedAt: new Date() })
      .where(and(eq(connections.orgId, ctx.org.id), eq(connections.id, connection.id)))
      .returning(connectionView)
      .catch((error: unknown) => {
        throw isUniqueViolation(error, "connections_org_name_idx") ? connectionNameTaken(input.name) : error;
      });
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "connection.renamed",
      target: { type: "connection", id: connection.id, label: input.name },
      metadata: { from: connection.name, to: input.name },
    });
    return row!;
  });
}
