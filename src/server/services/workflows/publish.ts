import { and, eq, max } from "drizzle-orm";
import type { z } from "zod";
import { invalid } from "@/core/errors/domain-errors";
import { workflows, workflowVersions } from "@/server/db/schema/workflows";
import { syncWorkflowSchedule } from "@/server/schedules/sync-schedule";
import { syncWorkflowTriggerPoll } from "@/server/triggers/sync-trigger-poll";
import { syncWebhookSubscription } from "@/server/webhooks/sync-webhook-subscription";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { getWorkflowInOrg } from "./get-workflow-in-org";
import { orgActionCatalog } from "@/server/actions/action-catalog";
import { validateDraft } from "./validate-draft";
import type { workflowIdInput } from "./workflow-inputs";

/** Freezes the current draft as the next immutable version and makes it the one new runs use. */
export async function publishWorkflow({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof workflowIdInput> }) {
  return ctx.db.transaction(async (tx) => {
    const workflow = await getWorkflowInOrg(ctx, input.workflowId, tx);
    const catalog = await orgActionCatalog(tx, ctx.org.id);
    const validation = validateDraft(workflow.draft, catalog);
    if (!validation.ok) {
      const first = validation.issues[0]!;
      const where = first.nodeId ? `node "${first.nodeId}"` : "the workflow";
      throw invalid(
        `Fix ${validation.issues.length} problem${validation.issues.length === 1 ? "" : "s"} before publishing — ${where}: ${first.message}`,
        "definition",
      );
    }
    const [{ latest } = { latest: 0 }] = await tx
      .select({ latest: max(workflowVersions.version) })
      .from(workflowVersions)
      .where(and(eq(workflowVersions.orgId, ctx.org.id), eq(workflowVersions.workflowId, workflow.id)));
    const version = (latest ?? 0) + 1;
    const [row] = await tx
      .insert(workflowVersions)
      .values({
        orgId: ctx.org.id,
        workflowId: workflow.id,
        version,
        definition: validation.definition,
        publishedByUserId: ctx.actor.type === "user" ? ctx.actor.userId : null,
      })
      .returning({ id: workflowVersions.id, version: workflowVersions.version, publishedAt: workflowVersions.publishedAt });
    await tx
      .update(workflows)
      .set({ publishedVersionId: row!.id, updatedAt: new Date() })
      .where(and(eq(workflows.orgId, ctx.org.id), eq(workflows.id, workflow.id)));
    // A schedule trigger starts (or re-pins) the workflow's schedule; any other trigger removes it.
    await syncWorkflowSchedule(tx, {
      orgId: ctx.org.id,
      workflowId: workflow.id,
      versionId: row!.id,
      definition: validation.definition,
      enabled: workflow.enabled,
    });
    // Likewise a connector (polling) trigger starts or re-pins the workflow's poll; any other trigger removes it.
    await syncWorkflowTriggerPoll(tx, {
      orgId: ctx.org.id,
      workflowId: workflow.id,
      versionId: row!.id,
      definition: validation.definition,
      enabled: workflow.enabled,
      catalog,
    });
    // And a webhook trigger subscribes the workflow to its endpoint (of this org only); any other trigger unsubscribes it.
    await syncWebhookSubscription(tx, {
      orgId: ctx.org.id,
      workflowId: workflow.id,
      versionId: row!.id,
      definition: validation.definition,
      enabled: workflow.enabled,
    });
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "workflow.published",
      target: { type: "workflow", id: workflow.id, label: workflow.name },
      metadata: { version },
    });
    return row!;
  });
}
