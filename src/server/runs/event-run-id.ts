import { createHash } from "node:crypto";

/** The UUIDv5 namespace of run ids derived from events (a fixed random UUID; changing it would re-run events). */
const EVENT_RUN_NAMESPACE = "564b8008-0d71-4d7b-a525-5afdee3f4b1d";

/**
 * The id of the run an event starts for a workflow: a UUIDv5 of (event id, workflow id). Dispatching the same event
 * again (a retried step, a redelivered webhook) derives the same id, so the run is inserted once.
 */
export function runIdForEvent(eventId: string, workflowId: string): string {
  const namespace = Buffer.from(EVENT_RUN_NAMESPACE.replaceAll("-", ""), "hex");
  const hash = createHash("sha1").update(namespace).update(`${eventId}\n${workflowId}`, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
