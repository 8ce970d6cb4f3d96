import { inngest } from "@/server/inngest/client";
import { workflowRunRequested } from "@/server/inngest/events";

/** Asks the engine to execute a queued run. The event id is the run id, so sending twice starts it once. */
export async function enqueueRun(run: { id: string; orgId: string }): Promise<void> {
  await inngest.send(workflowRunRequested.create({ runId: run.id, orgId: run.orgId }, { id: run.id }));
}
