import { env } from "@/env";
import { getDb } from "@/server/db/client";
import { enqueueStrandedScheduledRuns, fireDueSchedules } from "@/server/runs/fire-due-schedules";
import { resendQueuedRuns } from "@/server/runs/resend-queued-runs";
import { pollDueTriggers } from "@/server/triggers/poll-due-triggers";
import { sweepPollItems } from "@/server/triggers/sweep-poll-items";
import { resendUnenqueuedDeliveries } from "@/server/webhooks/resend-unenqueued-deliveries";
import { sweepOldDeliveries } from "@/server/webhooks/sweep-old-deliveries";
import { inngest } from "../client";

export const SCHEDULE_TICK_FUNCTION_ID = "schedule-tick";

/**
 * Ticks every minute and fans out the due slots of every workflow schedule (see `fireDueSchedules`: each slot is
 * claimed as `scheduleId:slot` in `schedule_slots`, so it runs once across ticks, retries and restarts). A second
 * step re-sends scheduled runs that a crash left committed but never sent, a third any other run left queued
 * (`resendQueuedRuns`), a fourth the events of webhook deliveries stored but never sent on
 * (`resendUnenqueuedDeliveries`). Missed slots are caught up, at most `MAX_CATCH_UP_SLOTS` per schedule. Then connector triggers due are polled (`pollDueTriggers`: one run per new
 * item, its key claimed in `trigger_poll_items`), keys of items not seen for 30 days are forgotten, and webhook deliveries
 * older than WEBHOOK_DELIVERY_RETENTION_DAYS are deleted.
 */
export const scheduleTickFunction = inngest.createFunction(
  {
    id: SCHEDULE_TICK_FUNCTION_ID,
    name: "Schedule tick",
    retries: 2,
    // One tick at a time is enough; SKIP LOCKED keeps overlapping ticks correct anyway.
    concurrency: { limit: 1 },
    triggers: [{ cron: "* * * * *" }],
  },
  async ({ step }) => {
    const fired = await step.run("fire-due-schedules", async () => {
      const result = await fireDueSchedules(await getDb(), { now: new Date() });
      return { created: result.created.length, unsent: result.unsent, skippedSlots: result.skippedSlots };
    });
    const swept = await step.run("send-stranded-runs", async () => enqueueStrandedScheduledRuns(await getDb(), { now: new Date() }));
    const queued = await step.run("resend-queued-runs", async () => resendQueuedRuns(await getDb(), { now: new Date() }));
    const deliveries = await step.run("resend-unenqueued-deliveries", async () => resendUnenqueuedDeliveries(await getDb(), { now: new Date() }));
    // Last: it waits on third-party APIs, which must not delay the schedules above.
    const polled = await step.run("poll-due-triggers", async () => {
      const result = await pollDueTriggers(await getDb(), { now: new Date() });
      return { polled: result.polled, failed: result.failed, stopped: result.stopped, started: result.created.length, unsent: result.unsent };
    });
    const forgotten = await step.run("sweep-poll-items", async () => sweepPollItems(await getDb(), { now: new Date() }));
    const expired = await step.run("sweep-old-deliveries", async () =>
      sweepOldDeliveries(await getDb(), { now: new Date(), retentionDays: env.WEBHOOK_DELIVERY_RETENTION_DAYS }),
    );
    return {
      ...fired,
      resent: swept.sent,
      resentQueued: queued.sent,
      resentDeliveries: deliveries.sent,
      polls: polled,
      forgottenPollItems: forgotten.deleted,
      deletedDeliveries: expired.deleted,
    };
  },
);
