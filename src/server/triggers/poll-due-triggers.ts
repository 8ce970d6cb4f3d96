import type { Db } from "@/server/db/types";
import { findOrgConnector } from "@/server/connectors/org-connectors";
import { openConnectorSession } from "@/server/connectors/open-connector-session";
import { logger } from "@/server/log/logger";
import { enqueueRun } from "@/server/services/runs/enqueue-run";
import { claimDuePolls, type ClaimedPoll } from "./claim-due-polls";
import { pollFailureOf } from "./poll-failure";
import { pollTrigger } from "./read-poll-answer";
import { recordPollAnswer } from "./record-poll-answer";
import { recordPollFailure, stopPoll } from "./record-poll-failure";
import { resolvePollTrigger, type FindConnector } from "./resolve-poll-trigger";

/** Due polls claimed per transaction; a batch's requests run side by side. */
export const POLL_BATCH_SIZE = 10;
/** Batches one call works through before leaving the rest to the next tick. */
export const MAX_POLL_BATCHES_PER_CALL = 10;
/**
 * At most this many runs are started by one poll (the oldest new items). An answer with more new items — a first
 * poll of a busy account — starts the rest over the following polls: they are not recorded as seen and the cursor
 * stays put, so the next poll reads them again.
 */
export const MAX_RUNS_PER_POLL = 100;

type Enqueue = (run: { id: string; orgId: string }) => Promise<void>;

export interface PollDueTriggersOptions {
  now?: Date;
  batchSize?: number;
  maxRunsPerPoll?: number;
  /** How a poll's connector is found; `findOrgConnector` (built-in or the org's custom connectors) unless a test replaces it. */
  findConnector?: FindConnector;
  /** Sends a run's start event; `enqueueRun` unless a test replaces it. */
  enqueue?: Enqueue;
}

export interface PollDueTriggersResult {
  /** Polls whose answer was stored. */
  polled: number;
  /** Polls that failed this time (recorded, backing off). */
  failed: number;
  /** Polls stopped for good until the workflow is published again. */
  stopped: number;
  /** Runs started, oldest item first per poll. */
  created: { id: string; orgId: string; pollId: string }[];
  /** Runs whose start event could not be sent; the queued-run re-send picks them up. */
  unsent: number;
}

type Outcome = { kind: "polled"; created: { id: string; orgId: string }[] } | { kind: "failed" } | { kind: "stopped" } | { kind: "skipped" };

/**
 * The minute tick's polling. Claims due polls in small batches (SKIP LOCKED, leased: see `claimDuePolls`); for each,
 * opens a session over its connection and makes the trigger's request from the stored cursor, outside any
 * transaction; then stores the answer in one transaction (`recordPollAnswer`: new items' keys, their queued runs,
 * the next cursor) and, after the commit, sends the runs' start events. A failed request is recorded with backoff; a
 * poll whose connector, trigger or connection is gone is stopped with an error.
 */
export async function pollDueTriggers(db: Db, options: PollDueTriggersOptions = {}): Promise<PollDueTriggersResult> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? POLL_BATCH_SIZE;
  const context: PollContext = {
    db,
    now,
    maxRuns: options.maxRunsPerPoll ?? MAX_RUNS_PER_POLL,
    findConnector: options.findConnector ?? findOrgConnector,
    enqueue: options.enqueue ?? enqueueRun,
  };
  const result: PollDueTriggersResult = { polled: 0, failed: 0, stopped: 0, created: [], unsent: 0 };
  for (let batch = 0; batch < MAX_POLL_BATCHES_PER_CALL; batch++) {
    const claimed = await claimDuePolls(db, now, batchSize);
    const outcomes = await Promise.all(claimed.map((poll) => pollSafely(context, poll)));
    const created: PollDueTriggersResult["created"] = [];
    outcomes.forEach((outcome, index) => {
      if (outcome.kind === "polled") {
        result.polled++;
        created.push(...outcome.created.map((run) => ({ ...run, pollId: claimed[index]!.id })));
      } else if (outcome.kind === "failed") result.failed++;
      else if (outcome.kind === "stopped") result.stopped++;
    });
    result.created.push(...created);
    result.unsent += await sendStarts(created, context.enqueue);
    if (claimed.length < batchSize) break;
  }
  return result;
}

/**
 * Sends the start events of runs whose transaction committed (event id = run id, so a repeat starts nothing twice). A
 * send that fails leaves a queued run that `resendQueuedRuns` sends later. Returns how many failed.
 */
async function sendStarts(created: PollDueTriggersResult["created"], enqueue: Enqueue): Promise<number> {
  let unsent = 0;
  for (const run of created) {
    try {
      await enqueue({ id: run.id, orgId: run.orgId });
    } catch (error) {
      unsent++;
      logger.warn({ runId: run.id, pollId: run.pollId, err: String(error) }, "could not send a polled run's start event; the queued-run re-send will retry");
    }
  }
  return unsent;
}

interface PollContext {
  db: Db;
  now: Date;
  maxRuns: number;
  findConnector: FindConnector;
  enqueue: Enqueue;
}

/** One poll; an unexpected error (the database) is logged and the poll is left to its lease, to be polled again. */
async function pollSafely(context: PollContext, poll: ClaimedPoll): Promise<Outcome> {
  try {
    return await pollOnce(context, poll);
  } catch (error) {
    logger.error({ pollId: poll.id, triggerId: poll.triggerId, err: error }, "could not record a connector trigger poll; it is polled again when its lease ends");
    return { kind: "failed" };
  }
}

async function pollOnce({ db, now, maxRuns, findConnector }: PollContext, poll: ClaimedPoll): Promise<Outcome> {
  const readiness = await resolvePollTrigger(db, poll, findConnector);
  if (readiness.kind === "stop") {
    await stopPoll(db, poll, readiness.message, now);
    return { kind: "stopped" };
  }
  if (readiness.kind === "fail") {
    await recordPollFailure(db, poll, { message: readiness.message, backoff: false }, now);
    return { kind: "failed" };
  }
  const { connector, trigger } = readiness;
  const cursor = poll.cursor ?? undefined;
  let answer;
  try {
    // The network: the session opens the connection's credential (refreshing an OAuth2 token when due) and keeps its rate limit.
    const session = await openConnectorSession(db, { orgId: poll.orgId, connector, connectionId: poll.connectionId ?? undefined, onCall: () => {} });
    answer = await pollTrigger(connector, trigger, session, cursor, poll.triggerInput);
  } catch (error) {
    await recordPollFailure(db, poll, { ...pollFailureOf(error, { pollId: poll.id, triggerId: poll.triggerId }), backoff: true }, now);
    return { kind: "failed" };
  }
  const recorded = await recordPollAnswer(db, poll, answer, { now, maxRuns });
  if (recorded.stale) return { kind: "skipped" };
  if (recorded.capped) logger.info({ pollId: poll.id, started: recorded.created.length, cap: maxRuns }, "a poll found more new items than it may start at once; the rest start on the next polls");
  return { kind: "polled", created: recorded.created };
}
