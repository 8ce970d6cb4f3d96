import { NextRequest } from "next/server";
import { env } from "@/env";
import type { Dispatch, EmbeddedExecutor, ExecutorDb } from "@/executor";
import type { Db } from "@/server/db/types";
import { logger } from "@/server/log/logger";

const globalForExecutor = globalThis as unknown as { __junctionExecutor?: Promise<EmbeddedExecutor> };

/** Where this process serves HTTP (next dev/start set PORT; APP_URL's port otherwise). */
function localOrigin(): string {
  const port = process.env.PORT ?? (new URL(env.APP_URL).port || "3000");
  return `http://127.0.0.1:${port}`;
}

/**
 * Starts the embedded executor in this process and points the Inngest SDK at it. Must run before the
 * Inngest client is constructed (the client reads INNGEST_* once). The app's own `serve()` endpoint is
 * synced once the HTTP server answers.
 */
export function startEmbeddedExecutor(db: Db): Promise<EmbeddedExecutor> {
  globalForExecutor.__junctionExecutor ??= (async () => {
    const { createEmbeddedExecutor } = await import("@/executor");
    const origin = localOrigin();
    const serveUrl = `${origin}/api/inngest`;
    const executor = createEmbeddedExecutor({
      dispatch: inProcessDispatch(serveUrl),
      db: db as unknown as ExecutorDb,
      concurrency: env.EXECUTOR_CONCURRENCY,
      logger: {
        info: (message, fields) => logger.debug({ ...fields, component: "executor" }, message),
        warn: (message, fields) => logger.warn({ ...fields, component: "executor" }, message),
        error: (message, fields) => logger.error({ ...fields, component: "executor" }, message),
      },
    });
    await executor.start();
    process.env.INNGEST_DEV = "1";
    process.env.INNGEST_BASE_URL = executor.url;
    process.env.INNGEST_SERVE_ORIGIN = origin;
    logger.info({ executor: executor.url }, "embedded workflow executor started");
    void syncWhenReachable(executor, serveUrl);
    return executor;
  })();
  return globalForExecutor.__junctionExecutor;
}

/**
 * Call requests for this app's own endpoint go straight to its `serve()` handler (same protocol, no loopback HTTP
 * through the Next.js server); any other URL, e.g. another app synced with the executor, is fetched.
 */
function inProcessDispatch(serveUrl: string): Dispatch {
  return async (url, init) => {
    if (`${url.origin}${url.pathname}` !== serveUrl) return fetch(url, init);
    const { inngestHandler } = await import("./serve-handler");
    return inngestHandler.POST(new NextRequest(url, init), undefined);
  };
}

async function syncWhenReachable(executor: EmbeddedExecutor, serveUrl: string) {
  const deadline = Date.now() + 120_000;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await executor.syncApp(serveUrl);
      logger.info({ serveUrl }, "workflow functions registered with the embedded executor");
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  logger.error({ err: lastError, serveUrl }, "could not register workflow functions with the embedded executor");
}
