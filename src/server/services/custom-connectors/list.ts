import { asc, eq } from "drizzle-orm";
import { customConnectors } from "@/server/db/schema/connections";
import { listCustomConnectors } from "@/server/connectors/org-connectors";
import type { ServiceContext } from "../context";

/** The org's custom connectors with how many actions each has (definitions themselves are read with `get`). */
export async function listCustomConnectorsOfOrg({ ctx }: { ctx: ServiceContext }) {
  const rows = await ctx.db
    .select({ id: customConnectors.id, connectorId: customConnectors.connectorId, name: customConnectors.name, source: customConnectors.source, updatedAt: customConnectors.updatedAt })
    .from(customConnectors)
    .where(eq(customConnectors.orgId, ctx.org.id))
    .orderBy(asc(customConnectors.name));
  const compiled = new Map((await listCustomConnectors(ctx.db, ctx.org.id)).map((connector) => [connector.id, connector]));
  return rows.map((row) => ({ ...row, actionCount: compiled.get(row.connectorId)?.actions.length ?? 0, baseUrl: compiled.get(row.connectorId)?.baseUrl ?? null }));
}
