import { LRUCache } from "lru-cache";
import { logger } from "@/server/log/logger";

const MAX_REASON_LENGTH = 500;

/**
 * Writes an endpoint's last refusal (`last_rejected_at`, `last_rejection_reason`) for its owner to see, at most once a
 * second per endpoint in this process: a sender hammering a wrong secret costs one update a second, not one per request.
 * A failed write is logged, never turned into a different answer for the sender.
 */
export class RejectionRecorder {
  private readonly lastWritten = new LRUCache<string, number>({ max: 50_000 });

  constructor(
    private readonly write: (endpointId: string, at: Date, reason: string) => Promise<void>,
    private readonly intervalMs = 1_000,
  ) {}

  async record(endpointId: string, at: Date, reason: string): Promise<void> {
    const last = this.lastWritten.get(endpointId);
    if (last !== undefined && at.getTime() - last < this.intervalMs) return;
    this.lastWritten.set(endpointId, at.getTime());
    try {
      await this.write(endpointId, at, reason.slice(0, MAX_REASON_LENGTH));
    } catch (error) {
      logger.warn({ err: error, endpointId }, "could not record a refused webhook delivery on its endpoint");
    }
  }
}
