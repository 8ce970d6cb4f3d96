import { uuidV5 } from "./uuid-v5";

/** The UUIDv5 namespace of run ids derived from events (a fixed random UUID; changing it would re-run events). */
const EVENT_RUN_NAMESPACE = "564b8008-0d71-4d7b-a525-5afdee3f4b1d";

/**
 * The id of the run an event starts for a workflow: a UUIDv5 of (event id, workflow id). Dispatching the same event
 * again (a retried step, a redelivered webhook) derives the same id, so the run is inserted once.
 */
export function runIdForEvent(eventId: string, workflowId: string): string {
  return uuidV5(EVENT_RUN_NAMESPACE, `${eventId}\n${workflowId}`);
}
