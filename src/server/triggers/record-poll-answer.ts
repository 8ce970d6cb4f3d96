import { and, eq, inArray, lt } from "drizzle-orm";
import { runs } from "@/server/db/schema/runs";
import { triggerPollItems, triggerPolls } from "@/server/db/schema/trigger-polls";
import type { Db, Tx } from "@/server/db/types";
import type { ClaimedPoll } from "./claim-due-polls";
import { runIdForPolledItem } from "./poll-item-key";
import { stillAsClaimed } from "./poll-guard";
import type { PollAnswer } from "./read-poll-answer";

/** The run kind of runs started by a connector (polling) trigger. */
export const CONNECTOR_TRIGGER_RUN_KIND = "connector";

/** A key seen again is refreshed when its `seen_at` is older than this, so items still answered never age out. */
const REFRESH_SEEN_AFTER_MS = 24 * 60 * 60_000;

export interface RecordedAnswer {
  /** Runs this answer started (queued, start events not sent yet), oldest item first. */
  created: { id: string; orgId: string }[];
  /** More new items than `maxRuns`: the rest wait for the next poll. */
  capped: boolean;
  /** The poll changed while its request was in flight (a publish): nothing was recorded. */
  stale: boolean;
  /** The first poll: its items were recorded as seen, and no run started. */
  baseline: boolean;
}

/**
 * Stores one successful poll in ONE transaction: each new item's key goes into `trigger_poll_items` (ON CONFLICT DO
 * NOTHING) together with a queued run whose id derives from (poll, key) — so neither a retried nor a concurrent poll
 * starts an item twice — then the next cursor, `next_poll_at = now + interval`, and the error is cleared.
 * At most `maxRuns` runs are started (the oldest new items); when there are more, the cursor is left where it was
 * so the next poll reads the rest again, and only the started items are recorded as seen.
 * The first successful poll only takes a baseline: what the API already holds when the trigger is switched on (the
 * 200 most recent contacts, yesterday's leads, every existing channel) is recorded as seen and starts nothing, so
 * a trigger starts runs for what happens after it is published, as users of Zapier or n8n expect.
 */
export async function recordPollAnswer(db: Db, poll: ClaimedPoll, answer: PollAnswer, options: { now: Date; maxRuns: number }): Promise<RecordedAnswer> {
  const { now } = options;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: triggerPolls.id, orgId: triggerPolls.orgId, workflowId: triggerPolls.workflowId, versionId: triggerPolls.versionId, intervalMs: triggerPolls.intervalMs })
      .from(triggerPolls)
      .where(stillAsClaimed(poll))
      .for("update");
    if (!row) return { created: [], capped: false, stale: true, baseline: false };
    if (poll.lastPolledAt === null) return recordBaseline(tx, row, poll, answer, now);

    const keys = answer.items.map((item) => item.key);
    const seen =
      keys.length === 0
        ? new Set<string>()
        : new Set(
            (await tx.select({ key: triggerPollItems.itemKey }).from(triggerPollItems).where(and(eq(triggerPollItems.pollId, row.id), inArray(triggerPollItems.itemKey, keys)))).map(
              (item) => item.key,
            ),
          );
    const fresh = answer.items.filter((item) => !seen.has(item.key));
    const toStart = fresh.slice(0, options.maxRuns);
    const capped = fresh.length > toStart.length;

    const created: RecordedAnswer["created"] = [];
    if (toStart.length > 0) {
      const claimed = await tx
        .insert(triggerPollItems)
        .values(toStart.map((item) => ({ pollId: row.id, itemKey: item.key, seenAt: now })))
        .onConflictDoNothing()
        .returning({ key: triggerPollItems.itemKey });
      const claimedKeys = new Set(claimed.map((item) => item.key));
      const newRuns = toStart
        .filter((item) => claimedKeys.has(item.key))
        .map((item) => ({
          id: runIdForPolledItem(row.id, item.key),
          orgId: row.orgId,
          workflowId: row.workflowId,
          versionId: row.versionId,
          triggerKind: CONNECTOR_TRIGGER_RUN_KIND,
          triggerPayload: item.payload ?? {},
        }));
      // An id already taken is an item whose key aged out of `trigger_poll_items` while its run is still kept: not new.
      const inserted = newRuns.length === 0 ? [] : await tx.insert(runs).values(newRuns).onConflictDoNothing({ target: runs.id }).returning({ id: runs.id });
      const insertedIds = new Set(inserted.map((run) => run.id));
      for (const run of newRuns) if (insertedIds.has(run.id)) created.push({ id: run.id, orgId: run.orgId });
    }
    if (seen.size > 0) {
      await tx
        .update(triggerPollItems)
        .set({ seenAt: now })
        .where(and(eq(triggerPollItems.pollId, row.id), inArray(triggerPollItems.itemKey, [...seen]), lt(triggerPollItems.seenAt, new Date(now.getTime() - REFRESH_SEEN_AFTER_MS))));
    }
    await tx
      .update(triggerPolls)
      .set({
        cursor: capped ? poll.cursor : (answer.nextCursor ?? poll.cursor),
        nextPollAt: new Date(now.getTime() + row.intervalMs),
        lastPolledAt: now,
        lastError: null,
        consecutiveFailures: 0,
        updatedAt: now,
      })
      .where(eq(triggerPolls.id, row.id));
    return { created, capped, stale: false, baseline: false };
  });
}

async function recordBaseline(tx: Tx, row: { id: string; intervalMs: number }, poll: ClaimedPoll, answer: PollAnswer, now: Date): Promise<RecordedAnswer> {
  const keys = [...new Set(answer.items.map((item) => item.key))];
  // In slices: a first answer may hold a thousand items (Slack's channels), far fewer than the bind-parameter limit per slice.
  for (let start = 0; start < keys.length; start += 500) {
    await tx
      .insert(triggerPollItems)
      .values(keys.slice(start, start + 500).map((itemKey) => ({ pollId: row.id, itemKey, seenAt: now })))
      .onConflictDoNothing();
  }
  await tx
    .update(triggerPolls)
    .set({ cursor: answer.nextCursor ?? poll.cursor, nextPollAt: new Date(now.getTime() + row.intervalMs), lastPolledAt: now, lastError: null, consecutiveFailures: 0, updatedAt: now })
    .where(eq(triggerPolls.id, row.id));
  return { created: [], capped: false, stale: false, baseline: true };
}
