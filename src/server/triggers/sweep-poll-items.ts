import { lt, sql } from "drizzle-orm";
import { triggerPollItems } from "@/server/db/schema/trigger-polls";
import type { Db } from "@/server/db/types";

/**
 * Seen items are forgotten this long after they were last answered. A poll refreshes the keys it still receives
 * (see `recordPollAnswer`), so only items the API stopped returning age out; one that came back later would find its
 * run id taken while that run is kept.
 */
export const POLL_ITEM_RETENTION_MS = 30 * 24 * 60 * 60_000;
const BATCH = 1_000;
/** Batches per call: a backlog (after an outage) is worked off over several ticks rather than in one long one. */
const MAX_BATCHES = 20;

/** Deletes `trigger_poll_items` not seen for `POLL_ITEM_RETENTION_MS`, in bounded batches. Returns how many went. */
export async function sweepPollItems(db: Db, options: { now?: Date; retentionMs?: number } = {}): Promise<{ deleted: number }> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - (options.retentionMs ?? POLL_ITEM_RETENTION_MS));
  let deleted = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const stale = db.select({ pollId: triggerPollItems.pollId, itemKey: triggerPollItems.itemKey }).from(triggerPollItems).where(lt(triggerPollItems.seenAt, cutoff)).limit(BATCH);
    const gone = await db
      .delete(triggerPollItems)
      .where(sql`(${triggerPollItems.pollId}, ${triggerPollItems.itemKey}) in (${stale})`)
      .returning({ pollId: triggerPollItems.pollId });
    deleted += gone.length;
    if (gone.length < BATCH) break;
  }
  return { deleted };
}
