import { triggerPolls } from "@/server/db/schema/trigger-polls";
import type { Db } from "@/server/db/types";
import type { ClaimedPoll } from "./claim-due-polls";
import { pollBackoffMs } from "./poll-backoff";
import { capPollError, type PollFailure } from "./poll-failure";
import { stillAsClaimed } from "./poll-guard";

/**
 * Records a failed poll: its message, one more failure in a row, and the next attempt after a backoff
 * (`backoff: false` for a failure found without calling the API, such as a connection waiting to be reconnected,
 * which is checked again at the poll's own pace). The cursor is kept, so nothing is skipped once it works again.
 */
export async function recordPollFailure(db: Db, poll: ClaimedPoll, failure: PollFailure & { backoff: boolean }, now: Date): Promise<void> {
  const failures = poll.consecutiveFailures + 1;
  const delayMs = failure.backoff ? pollBackoffMs(poll.intervalMs, failures, failure.retryAfterMs) : poll.intervalMs;
  await db
    .update(triggerPolls)
    .set({ lastError: capPollError(failure.message), consecutiveFailures: failures, lastPolledAt: now, nextPollAt: new Date(now.getTime() + delayMs), updatedAt: now })
    .where(stillAsClaimed(poll));
}

/** Stops a poll that cannot work until the workflow is published again (its connector, trigger or connection is gone). */
export async function stopPoll(db: Db, poll: ClaimedPoll, message: string, now: Date): Promise<void> {
  await db
    .update(triggerPolls)
    .set({ enabled: false, lastError: capPollError(message), consecutiveFailures: poll.consecutiveFailures + 1, lastPolledAt: now, updatedAt: now })
    .where(stillAsClaimed(poll));
}
