import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { customConnectors } from "@/server/db/schema/connections";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { checkDefinition, definitionInvalid, definitionSchema } from "./custom-connector-inputs";
import { getCustomConnectorInOrg } from "./get-custom-connector-in-org";

export const updateCustomConnectorInput = z.object({ customConnectorId: z.uuid("Unknown custom connector."), definition: definitionSchema });

/** Replaces the definition (it must compile); steps pick the new version up on their next attempt. */
export async function updateCustomConnector({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof updateCustomConnectorInput> }) {
  return ctx.db.transaction(async (tx) => {
    const row = await getCustomConnectorInOrg(ctx, input.customConnectorId, tx);
    const checked = checkDefinition(input.definition, row.connectorId);
    if (!checked.ok) throw definitionInvalid(checked.issues);
    const name = checked.connector.name;
    await tx
      .update(customConnectors)
      .set({ definition: input.definition, name, updatedAt: new Date() })
      .where(and(eq(customConnectors.orgId, ctx.org.id), eq(customConnectors.id, row.id)));
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "custom_connector.updated",
      target: { type: "custom_connector", id: row.id, label: name },
      metadata: { connectorId: row.connectorId, actions: checked.connector.actions.length },
    });
    return { id: row.id, connectorId: row.connectorId, name, actionCount: checked.connector.actions.length };
  });
}
