import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { customConnectors } from "@/server/db/schema/connections";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import type { customConnectorIdInput } from "./custom-connector-inputs";
import { getCustomConnectorInOrg } from "./get-custom-connector-in-org";

/** Deletes the connector; its connections stay (their credentials may serve a re-created one) and steps using it fail clearly. */
export async function deleteCustomConnector({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof customConnectorIdInput> }) {
  return ctx.db.transaction(async (tx) => {
    const row = await getCustomConnectorInOrg(ctx, input.customConnectorId, tx);
    await tx.delete(customConnectors).where(and(eq(customConnectors.orgId, ctx.org.id), eq(customConnectors.id, row.id)));
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "custom_connector.deleted",
      target: { type: "custom_connector", id: row.id, label: row.name },
      metadata: { connectorId: row.connectorId },
    });
    return { deleted: true as const };
  });
}
