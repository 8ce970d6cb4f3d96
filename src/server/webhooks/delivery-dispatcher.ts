import type { Db } from "@/server/db/types";
import { logger } from "@/server/log/logger";
import type { CommittedDelivery } from "./delivery-batcher";
import { markDeliveriesEnqueued, sendDeliveryEvents, type SendDeliveryEvents } from "./send-delivery-events";

export interface DeliveryDispatcherOptions {
  send?: SendDeliveryEvents;
  /** Events per request to the engine. */
  maxPerSend?: number;
}

/**
 * Sends the events of stored deliveries after their batch committed, off the request path: senders are answered as
 * soon as their delivery is durable, not once the engine has it. One send at a time, each taking everything waiting
 * (up to `maxPerSend`); a delivery is marked `enqueued_at` once its event is sent. A send that fails is logged and
 * left to the sweeper (`resendUnenqueuedDeliveries`), which finds the deliveries still unmarked a minute later.
 */
export class DeliveryDispatcher {
  private pending: CommittedDelivery[] = [];
  private running: Promise<void> | undefined;
  private readonly send: SendDeliveryEvents;
  private readonly maxPerSend: number;

  constructor(
    private readonly db: Db,
    options: DeliveryDispatcherOptions = {},
  ) {
    this.send = options.send ?? sendDeliveryEvents;
    this.maxPerSend = options.maxPerSend ?? 100;
  }

  dispatch(deliveries: readonly CommittedDelivery[]): void {
    this.pending.push(...deliveries);
    this.running ??= this.run();
  }

  /** Resolves once everything handed over so far has been sent (or given up to the sweeper). */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    try {
      await this.sendPending();
    } finally {
      // In the same turn as the loop's last check: a dispatch after this starts a new run.
      this.running = undefined;
    }
  }

  private async sendPending(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.maxPerSend);
      try {
        await this.send(batch);
      } catch (error) {
        logger.warn({ err: error, deliveries: batch.length }, "could not send webhook delivery events; the sweeper re-sends them within minutes");
        continue;
      }
      try {
        await markDeliveriesEnqueued(
          this.db,
          batch.map((delivery) => delivery.id),
        );
      } catch (error) {
        // Sent but not marked: the sweeper sends them again and the engine drops the repeated event ids.
        logger.warn({ err: error, deliveries: batch.length }, "could not mark webhook deliveries as enqueued");
      }
    }
  }
}
