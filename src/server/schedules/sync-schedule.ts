import { and, eq } from "drizzle-orm";
import type { WorkflowDefinition } from "@/core/workflow/definition";
import { nextSlot } from "@/core/workflow/schedule-slots";
import { schedules } from "@/server/db/schema/schedules";
import type { DbOrTx } from "@/server/db/types";

type ScheduleTrigger = { kind: "schedule"; cron: string; timezone: string };

/** The schedule trigger of a definition, if its trigger node is one. */
export function scheduleTriggerOf(definition: WorkflowDefinition): ScheduleTrigger | undefined {
  for (const node of definition.nodes) {
    if (node.type === "trigger" && node.trigger.kind === "schedule") return node.trigger;
  }
  return undefined;
}

/**
 * Makes the workflow's `schedules` row match a newly published version (call it in the publish transaction): a
 * schedule trigger upserts the row pinned to that version; any other trigger deletes it (its slot history goes
 * with it). When the cron and time zone are unchanged the pending `next_run_at` is kept, so re-publishing does
 * not skip a slot that is due but not yet fired; otherwise the next slot is counted from `now`.
 */
export async function syncWorkflowSchedule(
  tx: DbOrTx,
  input: { orgId: string; workflowId: string; versionId: string; definition: WorkflowDefinition; enabled: boolean; now?: Date },
): Promise<void> {
  const trigger = scheduleTriggerOf(input.definition);
  const scope = and(eq(schedules.orgId, input.orgId), eq(schedules.workflowId, input.workflowId));
  if (!trigger) {
    await tx.delete(schedules).where(scope);
    return;
  }
  const now = input.now ?? new Date();
  const [existing] = await tx.select().from(schedules).where(scope).for("update").limit(1);
  const sameCadence = existing && existing.cron === trigger.cron && existing.timezone === trigger.timezone;
  const next = sameCadence ? existing.nextRunAt : nextSlot(trigger.cron, trigger.timezone, now);
  // A pattern that never fires again (only possible with exotic cron values) leaves the schedule disabled.
  const enabled = input.enabled && next !== null;
  const values = {
    versionId: input.versionId,
    cron: trigger.cron,
    timezone: trigger.timezone,
    enabled,
    nextRunAt: next ?? now,
    updatedAt: now,
  };
  if (existing) {
    await tx.update(schedules).set(values).where(eq(schedules.id, existing.id));
  } else {
    await tx
      .insert(schedules)
      .values({ orgId: input.orgId, workflowId: input.workflowId, ...values })
      .onConflictDoUpdate({ target: schedules.workflowId, set: values });
  }
}
