import { and, eq } from "drizzle-orm";
import { notFound } from "@/core/errors/domain-errors";
import { connections } from "@/server/db/schema/connections";
import type { DbOrTx } from "@/server/db/types";
import type { ServiceContext } from "../context";
import { connectionView } from "./connection-view";

/** Fetch-or-throw scoped to the context's org (another org's connection is NOT_FOUND); never selects the sealed credentials. */
export async function getConnectionInOrg(ctx: ServiceContext, connectionId: string, tx: DbOrTx = ctx.db) {
  const [row] = await tx
    .select(connectionView)
    .from(connections)
    .where(and(eq(connections.orgId, ctx.org.id), eq(connections.id, connectionId)))
    .limit(1);
  if (!row) throw notFound("Connection");
  return row;
}
