import { and, desc, eq } from "drizzle-orm";
import type { z } from "zod";
import { describeCron } from "@/core/workflow/describe-cron";
import { upcomingSlots } from "@/core/workflow/schedule-slots";
import { schedules } from "@/server/db/schema/schedules";
import { triggerPolls } from "@/server/db/schema/trigger-polls";
import { workflowVersions } from "@/server/db/schema/workflows";
import type { ServiceContext } from "../context";
import { getWorkflowInOrg } from "./get-workflow-in-org";
import { orgActionCatalog } from "@/server/actions/action-catalog";
import { validateDraft } from "./validate-draft";
import type { workflowIdInput } from "./workflow-inputs";

const UPCOMING_SLOTS = 5;

/**
 * A workflow with its draft, the draft's validation issues, its published versions, and its schedule or connector
 * trigger poll (if its published trigger is one).
 */
export async function getWorkflow({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof workflowIdInput> }) {
  const workflow = await getWorkflowInOrg(ctx, input.workflowId);
  const versions = await ctx.db
    .select({ id: workflowVersions.id, version: workflowVersions.version, publishedAt: workflowVersions.publishedAt })
    .from(workflowVersions)
    .where(and(eq(workflowVersions.orgId, ctx.org.id), eq(workflowVersions.workflowId, workflow.id)))
    .orderBy(desc(workflowVersions.version));
  const [schedule] = await ctx.db
    .select({ cron: schedules.cron, timezone: schedules.timezone, nextRunAt: schedules.nextRunAt, lastSlot: schedules.lastSlot, enabled: schedules.enabled })
    .from(schedules)
    .where(and(eq(schedules.orgId, ctx.org.id), eq(schedules.workflowId, workflow.id)))
    .limit(1);
  // The connector trigger's poll (if the published trigger is one), for the editor to say how polling goes.
  const [poll] = await ctx.db
    .select({
      trigger: triggerPolls.triggerId,
      connectionId: triggerPolls.connectionId,
      intervalMs: triggerPolls.intervalMs,
      nextPollAt: triggerPolls.nextPollAt,
      lastPolledAt: triggerPolls.lastPolledAt,
      lastError: triggerPolls.lastError,
      consecutiveFailures: triggerPolls.consecutiveFailures,
      enabled: triggerPolls.enabled,
    })
    .from(triggerPolls)
    .where(and(eq(triggerPolls.orgId, ctx.org.id), eq(triggerPolls.workflowId, workflow.id)))
    .limit(1);
  const validation = validateDraft(workflow.draft, await orgActionCatalog(ctx.db, ctx.org.id));
  return {
    id: workflow.id,
    name: workflow.name,
    description: workflow.description,
    enabled: workflow.enabled,
    draft: workflow.draft,
    updatedAt: workflow.updatedAt,
    publishedVersionId: workflow.publishedVersionId,
    issues: validation.ok ? [] : validation.issues,
    versions,
    schedule: schedule
      ? {
          ...schedule,
          description: describeCron(schedule.cron),
          /** The next slots to fire, from the pending one on; none when the schedule is stopped. */
          upcoming: schedule.enabled ? upcomingSlots(schedule.cron, schedule.timezone, schedule.nextRunAt, UPCOMING_SLOTS) : [],
        }
      : null,
    poll: poll ?? null,
  };
}
