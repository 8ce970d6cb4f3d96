import { eventEmitInputSchema } from "@/core/actions/event-emit";
import { getDb } from "@/server/db/client";
import { dispatchWorkflowEvent } from "@/server/runs/dispatch-workflow-event";
import type { ActionRunContext } from "./action-run-context";

/**
 * The built-in "event.emit" action: hands the event to the workflows of the run's org that listen for it. The
 * event id is `runId:stepId`, so a retried step derives the same run ids and starts nothing twice. Its depth is
 * one more than the run's own (`runs.eventDepth`, inherited by sub-workflows), which bounds chains of workflows triggering each other.
 */
export async function emitWorkflowEvent(input: unknown, context: ActionRunContext) {
  const { event, data } = eventEmitInputSchema.parse(input);
  const depth = context.eventDepth + 1;
  const eventId = `${context.runId}:${context.stepId}`;
  const result = await dispatchWorkflowEvent(await getDb(), { orgId: context.orgId, name: event, data, eventId, source: { type: "run", id: context.runId }, depth });
  return { event, eventId, depth, started: result.started, skipped: result.skipped };
}
