import { randomUUID } from "node:crypto";
import { and, eq, like } from "drizzle-orm";
import { z } from "zod";
import { CUSTOM_CONNECTOR_PREFIX } from "@/server/connectors/org-connectors";
import { customConnectors } from "@/server/db/schema/connections";
import type { DbOrTx } from "@/server/db/types";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { checkDefinition, definitionInvalid, definitionSchema } from "./custom-connector-inputs";

export const createCustomConnectorInput = z.object({ definition: definitionSchema });

/**
 * Stores a custom connector once its definition compiles. Its id (`custom-<name>`, made unique in the org) is what
 * workflow nodes name and never changes, even when the connector is renamed.
 */
export async function createCustomConnector(
  { ctx, input }: { ctx: ServiceContext; input: z.infer<typeof createCustomConnectorInput> },
  source: "editor" | "openapi" = "editor",
) {
  const preview = checkDefinition(input.definition, "custom-preview");
  if (!preview.ok) throw definitionInvalid(preview.issues);
  const name = preview.connector.name;
  return ctx.db.transaction(async (tx) => {
    const connectorId = await freeConnectorId(tx, ctx.org.id, name);
    const id = randomUUID();
    await tx.insert(customConnectors).values({
      id,
      orgId: ctx.org.id,
      connectorId,
      name,
      definition: input.definition,
      source,
      createdBy: ctx.actor.type === "user" ? ctx.actor.userId : null,
    });
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "custom_connector.created",
      target: { type: "custom_connector", id, label: name },
      metadata: { connectorId, source, actions: preview.connector.actions.length },
    });
    return { id, connectorId, name, actionCount: preview.connector.actions.length };
  });
}

async function freeConnectorId(tx: DbOrTx, orgId: string, name: string): Promise<string> {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "connector";
  const base = `${CUSTOM_CONNECTOR_PREFIX}${slug}`;
  const taken = new Set(
    (await tx.select({ connectorId: customConnectors.connectorId }).from(customConnectors).where(and(eq(customConnectors.orgId, orgId), like(customConnectors.connectorId, `${base}%`)))).map((r) => r.connectorId),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
