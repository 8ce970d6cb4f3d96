import { eventType } from "inngest";
import { z } from "zod";

/** Starts (or restarts) the run row `runId`; the event id is the run id, so a duplicate send starts nothing. */
export const workflowRunRequested = eventType("workflow/run.requested", {
  schema: z.object({ runId: z.uuid(), orgId: z.uuid() }),
});

/** Resumes a run waiting at an approval node. */
export const workflowApprovalDecided = eventType("workflow/approval.decided", {
  schema: z.object({ approvalId: z.string(), approved: z.boolean(), decidedBy: z.string() }),
});
