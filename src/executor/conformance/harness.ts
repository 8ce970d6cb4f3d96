import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest, type InngestFunction } from "inngest";
import { serve } from "inngest/node";
import { createEmbeddedExecutor, type EmbeddedExecutor, type EmbeddedExecutorOptions } from "../index";

export const silentLogger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

/** Test speed-up: every scheduled delay runs 100x faster (15 s backoff → 150 ms, "2s" sleep → 20 ms). */
export const TEST_DELAY_SCALE = 0.01;

export interface Harness {
  executor: EmbeddedExecutor;
  inngest: Inngest;
  appUrl: string;
  stop(): Promise<void>;
}

export async function serveApp(inngest: Inngest, functions: InngestFunction.Any[]): Promise<{ server: Server; appUrl: string }> {
  const server = createServer(serve({ client: inngest, functions }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, appUrl: `http://127.0.0.1:${port}/api/inngest` };
}

/** Starts an executor, points the SDK at it through its own env variables, serves `functions` and syncs them. */
export async function startHarness(
  options: Omit<EmbeddedExecutorOptions, "db"> & { db: EmbeddedExecutorOptions["db"]; clientId: string },
  defineFunctions: (inngest: Inngest) => InngestFunction.Any[],
): Promise<Harness> {
  const { clientId, ...executorOptions } = options;
  const executor = createEmbeddedExecutor({ pollIntervalMs: 20, delayScale: TEST_DELAY_SCALE, logger: silentLogger, ...executorOptions });
  await executor.start();
  process.env.INNGEST_DEV = "1";
  process.env.INNGEST_BASE_URL = executor.url;
  const inngest = new Inngest({ id: clientId, logger: silentLogger });
  const { server, appUrl } = await serveApp(inngest, defineFunctions(inngest));
  await executor.syncApp(appUrl);
  return {
    executor,
    inngest,
    appUrl,
    async stop() {
      await executor.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Polls `probe` until it returns a truthy value. */
export async function waitFor<T>(probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, timeoutMs = 10_000, what = "condition"): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}
