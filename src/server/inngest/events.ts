import { eventType } from "inngest";
import { z } from "zod";
import { APPROVAL_EVENT } from "@/core/workflow/ports";

/** Starts (or restarts) the run row `runId`; the event id is the run id, so a duplicate send starts nothing. */
export const workflowRunRequested = eventType("workflow/run.requested", {
  schema: z.object({ runId: z.uuid(), orgId: z.uuid() }),
});

/**
 * Resumes a run waiting at an approval node (matched on `data.approvalId`); the waiting node's output is this event,
 * so the decision is in the step log as `data`. Its event id is the approval id: one decision per approval.
 */
export const workflowApprovalDecided = eventType(APPROVAL_EVENT, {
  schema: z.object({
    approvalId: z.string(),
    approved: z.boolean(),
    decidedBy: z.object({ userId: z.string().nullable(), email: z.string(), name: z.string().nullable() }),
    comment: z.string().nullable(),
    decidedAt: z.iso.datetime(),
  }),
});

/**
 * A webhook delivery was stored: start the workflows subscribed to its endpoint. The event id is the delivery id, so
 * the sweeper re-sending it (a crash between storing and sending) starts nothing twice.
 */
export const webhookDeliveryReceived = eventType("junction/webhook.received", {
  schema: z.object({ deliveryId: z.uuid(), orgId: z.uuid(), endpointId: z.string() }),
});
