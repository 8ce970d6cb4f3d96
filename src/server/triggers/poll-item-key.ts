import { createHash } from "node:crypto";
import { uuidV5 } from "@/server/runs/uuid-v5";

/** The UUIDv5 namespace of run ids started by polled items (a fixed random UUID; changing it would re-run items). */
const POLLED_ITEM_RUN_NAMESPACE = "2f5a8386-7d8a-4c3d-9bdd-4f840123e19e";

/** What `trigger_poll_items` stores for a dedupe key: its SHA-256 in hex (fixed length, whatever the API's ids). */
export function pollItemKey(dedupeKey: string): string {
  return createHash("sha256").update(dedupeKey, "utf8").digest("hex");
}

/**
 * The id of the run a polled item starts: a UUIDv5 of (poll id, item key). A poll retried after a crash, or run
 * twice at once, derives the same id, so the item's run is inserted once.
 */
export function runIdForPolledItem(pollId: string, itemKey: string): string {
  return uuidV5(POLLED_ITEM_RUN_NAMESPACE, `${pollId}\n${itemKey}`);
}
