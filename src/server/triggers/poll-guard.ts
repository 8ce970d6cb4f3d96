import { and, eq, sql, type SQL } from "drizzle-orm";
import { triggerPolls } from "@/server/db/schema/trigger-polls";
import type { ClaimedPoll } from "./claim-due-polls";

/**
 * The poll row is still what it was claimed as: enabled, same trigger, connection and cursor. Anything else means a
 * publish (or another poll, after the lease ran out) changed it while the request was in flight, and this poll's
 * answer or error no longer applies; the items are simply read again by the next poll.
 */
export function stillAsClaimed(poll: ClaimedPoll): SQL {
  return and(
    eq(triggerPolls.id, poll.id),
    eq(triggerPolls.enabled, true),
    eq(triggerPolls.triggerId, poll.triggerId),
    sql`${triggerPolls.connectionId} is not distinct from ${poll.connectionId}`,
    sql`${triggerPolls.cursor} is not distinct from ${poll.cursor}`,
  )!;
}
