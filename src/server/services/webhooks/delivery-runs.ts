import { and, asc, eq, inArray } from "drizzle-orm";
import { runs } from "@/server/db/schema/runs";
import { workflows } from "@/server/db/schema/workflows";
import { runIdForEvent } from "@/server/runs/event-run-id";
import type { ServiceContext } from "../context";

const MAX_WORKFLOWS = 2_000;

/**
 * The runs a delivery started. Their ids derive from (delivery, workflow) — the dispatcher's `runIdForEvent` — so
 * they are found by primary key over the org's workflows, including ones no longer subscribed.
 */
export async function deliveryRuns(ctx: ServiceContext, deliveryId: string) {
  const orgWorkflows = await ctx.db.select({ id: workflows.id }).from(workflows).where(eq(workflows.orgId, ctx.org.id)).limit(MAX_WORKFLOWS);
  if (orgWorkflows.length === 0) return [];
  const ids = orgWorkflows.map((workflow) => runIdForEvent(`webhook:${deliveryId}`, workflow.id));
  return ctx.db
    .select({ id: runs.id, status: runs.status, workflowId: runs.workflowId, workflowName: workflows.name, createdAt: runs.createdAt })
    .from(runs)
    .innerJoin(workflows, eq(workflows.id, runs.workflowId))
    .where(and(eq(runs.orgId, ctx.org.id), inArray(runs.id, ids)))
    .orderBy(asc(workflows.name));
}
