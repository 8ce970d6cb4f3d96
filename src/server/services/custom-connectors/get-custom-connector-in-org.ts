import { and, eq } from "drizzle-orm";
import { notFound } from "@/core/errors/domain-errors";
import { customConnectors } from "@/server/db/schema/connections";
import type { DbOrTx } from "@/server/db/types";
import type { ServiceContext } from "../context";

/** Fetch-or-throw scoped to the context's org: another org's custom connector is NOT_FOUND. */
export async function getCustomConnectorInOrg(ctx: ServiceContext, customConnectorId: string, tx: DbOrTx = ctx.db) {
  const [row] = await tx
    .select()
    .from(customConnectors)
    .where(and(eq(customConnectors.orgId, ctx.org.id), eq(customConnectors.id, customConnectorId)))
    .limit(1);
  if (!row) throw notFound("Custom connector");
  return row;
}
