import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import { WorkflowDefinitionSchema } from "@/core/workflow";
import { runSteps, type runs } from "@/server/db/schema/runs";
import { webhookDeliveries, webhookEndpoints } from "@/server/db/schema/webhooks";
import { workflows, workflowVersions } from "@/server/db/schema/workflows";
import { findApprovalRequests } from "@/server/runs/pending-approval";
import type { ServiceContext } from "../context";
import { getRunInOrg } from "./get-run-in-org";
import type { runIdInput } from "./run-inputs";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The delivery a webhook run started from and the endpoint it came to, so the run page links back to them; null for
 * other triggers, or once the delivery (or its endpoint) is gone. Read in the run's org only: the payload's id is data.
 */
async function findTriggerDelivery(ctx: ServiceContext, run: typeof runs.$inferSelect) {
  if (run.triggerKind !== "webhook") return null;
  const payload = run.triggerPayload;
  const deliveryId = typeof payload === "object" && payload !== null && "deliveryId" in payload ? payload.deliveryId : undefined;
  if (typeof deliveryId !== "string" || !UUID.test(deliveryId)) return null;
  const [delivery] = await ctx.db
    .select({ id: webhookDeliveries.id, endpointId: webhookDeliveries.endpointId, endpointName: webhookEndpoints.name })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, and(eq(webhookEndpoints.id, webhookDeliveries.endpointId), eq(webhookEndpoints.orgId, webhookDeliveries.orgId)))
    .where(and(eq(webhookDeliveries.orgId, ctx.org.id), eq(webhookDeliveries.id, deliveryId)))
    .limit(1);
  return delivery ?? null;
}

/** A run with its pinned version's nodes and every step attempt, for the run detail page. */
export async function getRun({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof runIdInput> }) {
  const run = await getRunInOrg(ctx, input.runId);
  const [version] = await ctx.db
    .select({ version: workflowVersions.version, definition: workflowVersions.definition, workflowName: workflows.name })
    .from(workflowVersions)
    .innerJoin(workflows, eq(workflows.id, workflowVersions.workflowId))
    .where(and(eq(workflowVersions.orgId, ctx.org.id), eq(workflowVersions.id, run.versionId)))
    .limit(1);
  const parsed = WorkflowDefinitionSchema.safeParse(version?.definition);
  const steps = await ctx.db
    .select()
    .from(runSteps)
    .where(and(eq(runSteps.orgId, ctx.org.id), eq(runSteps.runId, run.id)))
    .orderBy(asc(runSteps.startedAt), asc(runSteps.attempt));
  const [approval] = parsed.success && run.status === "waiting" ? await findApprovalRequests(ctx.db, run, parsed.data) : [];
  const webhookDelivery = await findTriggerDelivery(ctx, run);
  return {
    id: run.id,
    workflowId: run.workflowId,
    workflowName: version?.workflowName ?? "",
    version: version?.version ?? null,
    status: run.status,
    triggerKind: run.triggerKind,
    triggerPayload: run.triggerPayload,
    output: run.output,
    error: run.error,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    replayOfRunId: run.replayOfRunId,
    rerunFromNodeId: run.rerunFromNodeId,
    deadLetteredAt: run.deadLetteredAt,
    /** The approval the run is waiting for, when it waits at an approval node. */
    approval: approval ?? null,
    /** For a webhook run: the delivery that started it and its endpoint (`{ id, endpointId, endpointName }`), or null. */
    webhookDelivery,
    nodes: parsed.success ? parsed.data.nodes.map((n) => ({ id: n.id, name: n.name, type: n.type })) : [],
    steps: steps.map((s) => ({
      id: s.id,
      nodeId: s.nodeId,
      stepId: s.stepId,
      attempt: s.attempt,
      status: s.status,
      input: s.input,
      output: s.output,
      error: s.error,
      httpCalls: s.httpCalls,
      startedAt: s.startedAt,
      finishedAt: s.finishedAt,
    })),
  };
}
