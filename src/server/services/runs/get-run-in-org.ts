import { and, eq } from "drizzle-orm";
import { notFound } from "@/core/errors/domain-errors";
import { runs } from "@/server/db/schema/runs";
import type { DbOrTx } from "@/server/db/types";
import type { ServiceContext } from "../context";

/** Fetch-or-throw scoped to the context's org: another org's run is NOT_FOUND. */
export async function getRunInOrg(ctx: ServiceContext, runId: string, tx: DbOrTx = ctx.db) {
  const [row] = await tx.select().from(runs).where(and(eq(runs.orgId, ctx.org.id), eq(runs.id, runId))).limit(1);
  if (!row) throw notFound("Run");
  return row;
}
