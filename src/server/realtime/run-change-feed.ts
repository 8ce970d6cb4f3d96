import { z } from "zod";
import type { DatabaseHandle } from "@/server/db/types";
import { logger } from "@/server/log/logger";

/** The channel drizzle/0004_run_change_notify.sql NOTIFYs on every write to `runs` and `run_steps`. */
export const RUN_CHANGES_CHANNEL = "junction_run_changes";

const runChangeNotice = z.object({ orgId: z.string(), runId: z.string() });

export interface RunRef {
  orgId: string;
  runId: string;
}

/** "Something about this run changed; read it again." Listeners get no data: they re-read what they may see. */
export type RunChangeListener = () => void;

export interface RunChangeSource {
  subscribe(run: RunRef, listener: RunChangeListener): () => void;
}

/**
 * Fans the notifications of one LISTEN out to the in-process subscribers of each run, so a process holds one
 * listening connection however many pages follow runs.
 */
export class RunChangeFeed implements RunChangeSource {
  private readonly listeners = new Map<string, Set<RunChangeListener>>();

  subscribe(run: RunRef, listener: RunChangeListener): () => void {
    const key = keyOf(run);
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    // A fresh function per subscription, so subscribing the same listener twice needs two unsubscribes.
    const entry: RunChangeListener = () => listener();
    set.add(entry);
    return () => {
      set.delete(entry);
      if (set.size === 0 && this.listeners.get(key) === set) this.listeners.delete(key);
    };
  }

  /** How many subscriptions are open, for one run or in all. */
  subscriberCount(run?: RunRef): number {
    if (run) return this.listeners.get(keyOf(run))?.size ?? 0;
    let total = 0;
    for (const set of this.listeners.values()) total += set.size;
    return total;
  }

  /** Handles one NOTIFY payload; anything that is not a notice of ours is ignored. */
  deliver(payload: string): void {
    let notice: RunRef;
    try {
      notice = runChangeNotice.parse(JSON.parse(payload));
    } catch {
      logger.warn({ channel: RUN_CHANGES_CHANNEL }, "ignored a notification that is not a run change");
      return;
    }
    this.notify(this.listeners.get(keyOf(notice)));
  }

  /** After a reconnect, notifications may have been missed: every subscriber re-reads. */
  deliverToAll(): void {
    for (const set of this.listeners.values()) this.notify(set);
  }

  private notify(set: Set<RunChangeListener> | undefined) {
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener();
      } catch (error) {
        logger.error({ err: error }, "a run change subscriber failed");
      }
    }
  }
}

function keyOf({ orgId, runId }: RunRef) {
  return `${orgId}/${runId}`;
}

export interface ListeningRunChangeFeed {
  feed: RunChangeFeed;
  /** UNLISTENs; call before the database handle closes. */
  stop(): Promise<void>;
}

/** LISTENs on the run-changes channel of `database` and feeds what arrives to a new RunChangeFeed. */
export async function listenForRunChanges(database: Pick<DatabaseHandle, "listen">): Promise<ListeningRunChangeFeed> {
  const feed = new RunChangeFeed();
  const unlisten = await database.listen(
    RUN_CHANGES_CHANNEL,
    (payload) => feed.deliver(payload),
    () => {
      logger.info({ channel: RUN_CHANGES_CHANNEL }, "listening again after a database reconnect");
      feed.deliverToAll();
    },
  );
  return { feed, stop: unlisten };
}
