import { eq } from "drizzle-orm";
import { schedules } from "@/server/db/schema/schedules";
import type { Db } from "@/server/db/types";
import { callerFor, type SeededOrg } from "./fixtures";

/** A definition whose trigger is a schedule, followed by one transform that echoes the slot. */
export function scheduleDefinition(cron: string, timezone = "UTC") {
  return {
    version: 1,
    nodes: [
      { id: "trigger", type: "trigger", name: "Every so often", trigger: { kind: "schedule", cron, timezone } },
      { id: "stamp", type: "transform", name: "Stamp", expression: '"fired for " & trigger.scheduledAt' },
    ],
    edges: [{ id: "e1", source: "trigger", target: "stamp" }],
  };
}

/** Creates and publishes (through the API, as an editor) a workflow with a schedule trigger; optionally moves its next slot. */
export async function publishScheduledWorkflow(db: Db, seeded: SeededOrg, cron: string, options: { timezone?: string; nextRunAt?: Date } = {}) {
  const caller = callerFor(db, seeded.members.editor);
  const { id: workflowId } = await caller.workflow.create({
    orgSlug: seeded.org.slug,
    name: `Scheduled ${cron}`,
    definition: scheduleDefinition(cron, options.timezone),
  });
  await caller.workflow.publish({ orgSlug: seeded.org.slug, workflowId });
  if (options.nextRunAt) await db.update(schedules).set({ nextRunAt: options.nextRunAt }).where(eq(schedules.workflowId, workflowId));
  const [schedule] = await db.select().from(schedules).where(eq(schedules.workflowId, workflowId));
  return { workflowId, schedule: schedule! };
}
