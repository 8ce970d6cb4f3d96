import { and, eq } from "drizzle-orm";
import { notFound } from "@/core/errors/domain-errors";
import { workflows } from "@/server/db/schema/workflows";
import type { DbOrTx } from "@/server/db/types";
import type { ServiceContext } from "../context";

/** Fetch-or-throw scoped to the context's org: another org's workflow is NOT_FOUND. */
export async function getWorkflowInOrg(ctx: ServiceContext, workflowId: string, tx: DbOrTx = ctx.db) {
  const [row] = await tx
    .select()
    .from(workflows)
    .where(and(eq(workflows.orgId, ctx.org.id), eq(workflows.id, workflowId)))
    .limit(1);
  if (!row) throw notFound("Workflow");
  return row;
}
