import type { Server } from "node:http";
import { desc, eq } from "drizzle-orm";
import { inTransaction, type EngineContext } from "./engine/context";
import { startCronScheduler } from "./engine/cron-scheduler";
import { fetchDispatch, type Dispatch } from "./engine/call-sdk";
import { FunctionCache } from "./engine/functions";
import { ingestEvents, type IncomingEvent } from "./engine/ingest-events";
import { consoleLogger, type ExecutorLogger, type RunEvent } from "./engine/run-events";
import { startWorkerPool, Waker } from "./engine/worker-pool";
import { startExecutorServer } from "./http/executor-server";
import type { ExecutorDb } from "./storage/database";
import { executorRuns } from "./storage/schema";
import { createClock } from "./timing/clock";

export interface EmbeddedExecutorOptions {
  /** A drizzle database whose migrations include the `executor_*` tables (the app passes its own). */
  db: ExecutorDb;
  /** Listen host; 127.0.0.1 by default. */
  host?: string;
  /** Listen port; 0 (ephemeral) by default. */
  port?: number;
  /** Serve URLs (`serve()` endpoints) to sync on start with `PUT`. */
  appUrls?: string[];
  /** Worker loops (calls in flight at once). Default 4. */
  concurrency?: number;
  /** How often idle workers poll for due jobs; new work in this process wakes them at once. Default 500 ms. */
  pollIntervalMs?: number;
  /** How long a taken job stays locked; renewed while its call is in flight, so a dead process's jobs are retaken after it. Default 30 s. */
  lockTimeoutMs?: number;
  /** Timeout of one call request to the SDK. Default 5 min. */
  callTimeoutMs?: number;
  /** How often cron triggers are checked. Default 1 s. */
  cronTickMs?: number;
  /** Injectable time source. */
  now?: () => Date;
  /** Multiplies every scheduled delay (backoff, Retry-After, sleep, wait/invoke timeouts). Tests only; default 1. */
  delayScale?: number;
  /** Jitter source for the backoff (0..1). */
  random?: () => number;
  logger?: ExecutorLogger;
  onRunEvent?: (event: RunEvent) => void;
  /**
   * Delivers call requests; `fetch` by default. A host that serves its functions in this same process passes its
   * `serve()` handler here, so calls skip the loopback HTTP round trip (the protocol is unchanged).
   */
  dispatch?: Dispatch;
}

export type ExecutorRun = typeof executorRuns.$inferSelect;

export interface EmbeddedExecutor {
  /** The executor's origin: give it to the SDK as INNGEST_BASE_URL (with INNGEST_DEV=1). Set once started. */
  readonly url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  sendEvent(event: IncomingEvent): Promise<string[]>;
  sendEvents(events: IncomingEvent[]): Promise<string[]>;
  /** `PUT <appUrl>`: the SDK then registers its functions with this executor. Throws with the refusal message on failure. */
  syncApp(appUrl: string): Promise<void>;
  /** Runs, newest first (optionally of one function), for the host app and tests. */
  listRuns(functionId?: string): Promise<ExecutorRun[]>;
  getRun(runId: string): Promise<ExecutorRun | undefined>;
}

export function createEmbeddedExecutor(options: EmbeddedExecutorOptions): EmbeddedExecutor {
  const waker = new Waker();
  const ctx: EngineContext = {
    db: options.db,
    clock: createClock(options.now, options.delayScale ?? 1),
    logger: options.logger ?? consoleLogger,
    lockTimeoutMs: options.lockTimeoutMs ?? 30_000,
    callTimeoutMs: options.callTimeoutMs ?? 300_000,
    random: options.random ?? Math.random,
    onRunEvent: options.onRunEvent ?? (() => {}),
    functions: new FunctionCache(),
    dispatch: options.dispatch ?? fetchDispatch,
    wake: () => waker.wake(),
  };
  let server: Server | undefined;
  let url = "";
  let stopParts: (() => Promise<void>)[] = [];

  const executor: EmbeddedExecutor = {
    get url() {
      if (!url) throw new Error("The embedded executor has not been started");
      return url;
    },
    async start() {
      if (server) return;
      const started = await startExecutorServer(ctx, options.host ?? "127.0.0.1", options.port ?? 0);
      server = started.server;
      url = started.url;
      const pool = startWorkerPool(ctx, waker, { concurrency: options.concurrency ?? 4, pollIntervalMs: options.pollIntervalMs ?? 500 });
      const cron = startCronScheduler(ctx, options.cronTickMs ?? 1000);
      stopParts = [cron.stop, pool.stop];
      for (const appUrl of options.appUrls ?? []) await executor.syncApp(appUrl);
    },
    async stop() {
      const parts = stopParts;
      stopParts = [];
      for (const stop of parts) await stop();
      const closing = server;
      server = undefined;
      if (closing) {
        closing.closeAllConnections();
        await new Promise<void>((resolve) => closing.close(() => resolve()));
      }
    },
    sendEvent: (event) => executor.sendEvents([event]),
    sendEvents: (events) => inTransaction(ctx, (work) => ingestEvents(work, events)),
    async syncApp(appUrl) {
      const response = await fetch(appUrl, { method: "PUT" });
      if (response.ok) return;
      const text = await response.text();
      throw new Error(`Sync of ${appUrl} failed (HTTP ${response.status}): ${syncMessage(text)}`);
    },
    listRuns: (functionId) =>
      options.db
        .select()
        .from(executorRuns)
        .where(functionId ? eq(executorRuns.functionId, functionId) : undefined)
        .orderBy(desc(executorRuns.createdAt)),
    async getRun(runId) {
      const [run] = await options.db.select().from(executorRuns).where(eq(executorRuns.id, runId));
      return run;
    },
  };
  return executor;
}

/** The SDK answers a failed sync with `{message}`; show that message rather than the raw JSON. */
function syncMessage(text: string): string {
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === "object" && "message" in body && typeof body.message === "string") return body.message;
  } catch {
    // not JSON: fall through to the raw text
  }
  return text;
}
