import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { triggerPolls } from "@/server/db/schema/trigger-polls";
import { workflows, workflowVersions } from "@/server/db/schema/workflows";
import type { Db } from "@/server/db/types";

/**
 * A claimed poll's `next_poll_at` is pushed this far ahead while its request is in flight, so no other tick takes
 * it meanwhile; a process that dies mid-poll leaves it to be polled again once this has passed. Longer than any
 * request may take (the outbound client's default timeout is 30 s; a rate-limit wait is at most seconds).
 */
export const POLL_LEASE_MS = 10 * 60_000;

/** What a poll was claimed as: the state its request is made from, compared again before its answer is stored. */
export interface ClaimedPoll {
  id: string;
  orgId: string;
  workflowId: string;
  triggerId: string;
  connectionId: string | null;
  cursor: string | null;
  /** The node's `trigger.input` (what to poll), as published. */
  triggerInput: unknown;
  /** Null until the first successful poll, which only takes a baseline (see recordPollAnswer). */
  lastPolledAt: Date | null;
  intervalMs: number;
  consecutiveFailures: number;
}

/**
 * Takes up to `limit` due polls (enabled, `next_poll_at <= now`, oldest due first) with FOR UPDATE SKIP LOCKED so
 * concurrent ticks split them, and leases them (`next_poll_at = now + POLL_LEASE_MS`) in the same short
 * transaction: the network happens after the commit, outside any transaction. The joins keep a poll inside its org
 * and skip polls of a disabled workflow.
 */
export async function claimDuePolls(db: Db, now: Date, limit: number): Promise<ClaimedPoll[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({
        id: triggerPolls.id,
        orgId: triggerPolls.orgId,
        workflowId: triggerPolls.workflowId,
        triggerId: triggerPolls.triggerId,
        connectionId: triggerPolls.connectionId,
        cursor: triggerPolls.cursor,
        triggerInput: triggerPolls.triggerInput,
        lastPolledAt: triggerPolls.lastPolledAt,
        intervalMs: triggerPolls.intervalMs,
        consecutiveFailures: triggerPolls.consecutiveFailures,
      })
      .from(triggerPolls)
      .innerJoin(workflows, and(eq(workflows.id, triggerPolls.workflowId), eq(workflows.orgId, triggerPolls.orgId), eq(workflows.enabled, true)))
      .innerJoin(
        workflowVersions,
        and(eq(workflowVersions.id, triggerPolls.versionId), eq(workflowVersions.workflowId, triggerPolls.workflowId), eq(workflowVersions.orgId, triggerPolls.orgId)),
      )
      .where(and(eq(triggerPolls.enabled, true), lte(triggerPolls.nextPollAt, now)))
      .orderBy(asc(triggerPolls.nextPollAt))
      .limit(limit)
      .for("update", { of: triggerPolls, skipLocked: true });
    if (due.length > 0) {
      await tx
        .update(triggerPolls)
        .set({ nextPollAt: new Date(now.getTime() + POLL_LEASE_MS) })
        .where(inArray(triggerPolls.id, due.map((poll) => poll.id)));
    }
    return due;
  });
}
