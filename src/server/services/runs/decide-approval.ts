import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { conflict, forbidden, invalid } from "@/core/errors/domain-errors";
import { isListedApprover, WorkflowDefinitionSchema } from "@/core/workflow";
import { APPROVAL_EVENT } from "@/core/workflow/ports";
import { auditLogs, users } from "@/server/db/schema";
import { runSteps } from "@/server/db/schema/runs";
import { workflows, workflowVersions } from "@/server/db/schema/workflows";
import { inngest } from "@/server/inngest/client";
import { workflowApprovalDecided } from "@/server/inngest/events";
import { logger } from "@/server/log/logger";
import { decisionOf, findApprovalRequests, type ApprovalDecision } from "@/server/runs/pending-approval";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { getRunInOrg } from "./get-run-in-org";

const APPROVAL_DECIDED_AUDIT = "run.approval_decided";

export const decideApprovalInput = z.object({
  runId: z.uuid("Unknown run."),
  nodeId: z.string().min(1).max(64),
  approved: z.boolean(),
  comment: z.string().trim().max(2_000, "Keep the comment under 2,000 characters.").optional(),
});

/**
 * Approves or rejects the approval a run is waiting for at `nodeId`. The caller must be a listed approver when the
 * node lists any. The decision is claimed on the node's step row (one compare-and-set, so a double click or a second
 * approver gets "already decided"), audited in the same transaction, then sent to the run with the approval id as
 * event id (the engine drops a duplicate). The run resumes with the decision as the node's output.
 */
export async function decideApproval({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof decideApprovalInput> }) {
  const run = await getRunInOrg(ctx, input.runId);
  const [version] = await ctx.db
    .select({ definition: workflowVersions.definition, workflowName: workflows.name })
    .from(workflowVersions)
    .innerJoin(workflows, eq(workflows.id, workflowVersions.workflowId))
    .where(and(eq(workflowVersions.orgId, ctx.org.id), eq(workflowVersions.id, run.versionId)))
    .limit(1);
  const definition = WorkflowDefinitionSchema.parse(version?.definition);
  const node = definition.nodes.find((candidate) => candidate.id === input.nodeId);
  if (!node || node.type !== "wait" || node.wait.kind !== "approval") {
    throw invalid(`This run's workflow has no approval node "${input.nodeId}".`, "nodeId");
  }
  if (ctx.actor.type !== "user") throw forbidden("Only a signed-in member can decide an approval.");
  const email = ctx.actor.label;
  if (!isListedApprover(node.wait.approvers, email)) {
    throw forbidden(`Only the approvers listed on "${node.name}" can decide it (${node.wait.approvers!.join(", ")}); you are signed in as ${email}.`);
  }

  const [request] = run.status === "waiting" ? await findApprovalRequests(ctx.db, run, definition, node.id) : [];
  if (!request) throw conflict(await whyNotWaiting(ctx, run, node.id, node.name));
  if (request.decision) throw conflict(alreadyDecided(node.name, request.decision));

  const [user] = await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, ctx.actor.userId)).limit(1);
  const decision: ApprovalDecision = {
    approvalId: request.approvalId,
    approved: input.approved,
    decidedBy: { userId: ctx.actor.userId, email, name: user?.name ?? null },
    comment: input.comment ? input.comment : null,
    decidedAt: new Date().toISOString(),
  };
  const claimed = await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(runSteps)
      .set({ output: { name: APPROVAL_EVENT, id: request.approvalId, data: decision } })
      .where(and(eq(runSteps.id, request.stepRowId), eq(runSteps.orgId, ctx.org.id), eq(runSteps.status, "running"), isNull(runSteps.output)))
      .returning({ id: runSteps.id });
    if (rows.length === 0) return false;
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: APPROVAL_DECIDED_AUDIT,
      target: { type: "run", id: run.id, label: version?.workflowName },
      metadata: { nodeId: node.id, approvalId: request.approvalId, approved: input.approved, comment: decision.comment },
    });
    return true;
  });
  if (!claimed) throw conflict(await whyNotWaiting(ctx, run, node.id, node.name));

  try {
    await inngest.send(workflowApprovalDecided.create(decision, { id: request.approvalId }));
  } catch (error) {
    // The run never heard of it, so the decision did not happen: release the claim and its audit row together.
    logger.warn({ runId: run.id, approvalId: request.approvalId, err: String(error) }, "could not send an approval decision; released it");
    await ctx.db.transaction(async (tx) => {
      await tx
        .update(runSteps)
        .set({ output: null })
        .where(and(eq(runSteps.id, request.stepRowId), eq(runSteps.orgId, ctx.org.id), eq(runSteps.status, "running")));
      await tx
        .delete(auditLogs)
        .where(
          and(
            eq(auditLogs.orgId, ctx.org.id),
            eq(auditLogs.action, APPROVAL_DECIDED_AUDIT),
            eq(auditLogs.targetId, run.id),
            sql`${auditLogs.metadata} ->> 'approvalId' = ${request.approvalId}`,
          ),
        );
    });
    throw error;
  }
  return { approvalId: request.approvalId, approved: decision.approved, decidedAt: decision.decidedAt };
}

/** Why `nodeId` of this run cannot be decided now, for the person who tried. */
async function whyNotWaiting(ctx: ServiceContext, run: { id: string; status: string }, nodeId: string, nodeName: string): Promise<string> {
  const [latest] = await ctx.db
    .select({ status: runSteps.status, output: runSteps.output })
    .from(runSteps)
    .where(and(eq(runSteps.orgId, ctx.org.id), eq(runSteps.runId, run.id), eq(runSteps.nodeId, nodeId)))
    .orderBy(desc(runSteps.startedAt))
    .limit(1);
  const decision = decisionOf(latest?.output);
  if (decision) return alreadyDecided(nodeName, decision);
  if (latest?.status === "succeeded") return `"${nodeName}" timed out before anyone decided; the run went on without a decision.`;
  return `This run is not waiting for an approval at "${nodeName}" (it is ${run.status}); there is nothing to decide.`;
}

function alreadyDecided(nodeName: string, decision: ApprovalDecision): string {
  return `"${nodeName}" was already ${decision.approved ? "approved" : "rejected"} by ${decision.decidedBy.email}; a decision cannot be changed.`;
}
