import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { serve } from "inngest/node";
import { createEmbeddedExecutor, type EmbeddedExecutor, type ExecutorDb } from "@/executor";
import { runs } from "@/server/db/schema/runs";
import type { Db } from "@/server/db/types";
import { inngest } from "@/server/inngest/client";
import { inngestFunctions } from "@/server/inngest/functions";
import { currentEngineGateway } from "./engine-gateway";

export interface EmbeddedEngine {
  executor: EmbeddedExecutor;
  close(): Promise<void>;
}

/**
 * The app's Inngest functions served on loopback and driven by a real embedded executor on the test's database;
 * the engine gateway forwards the app's events to it. Call `installAsAppDatabase` first.
 */
export async function startEmbeddedEngine(db: Db): Promise<EmbeddedEngine> {
  const executor = createEmbeddedExecutor({ db: db as unknown as ExecutorDb, pollIntervalMs: 20, delayScale: 0.01, logger: { info() {}, warn() {}, error() {} } });
  await executor.start();
  currentEngineGateway().forwardTo(executor.url);
  const appServer: Server = createServer(serve({ client: inngest, functions: inngestFunctions }));
  await new Promise<void>((resolve) => appServer.listen(0, "127.0.0.1", resolve));
  await executor.syncApp(`http://127.0.0.1:${(appServer.address() as AddressInfo).port}/api/inngest`);
  return {
    executor,
    async close() {
      currentEngineGateway().forwardTo(null);
      await executor.stop();
      appServer.closeAllConnections();
      await new Promise((resolve) => appServer.close(resolve));
    },
  };
}

/** Polls a run row until `done` says so (default: a final status, dead-lettered when failed). */
export async function waitForRun(db: Db, runId: string, done?: (row: typeof runs.$inferSelect) => boolean, timeoutMs = 20_000) {
  const finished = done ?? ((row) => ["succeeded", "cancelled"].includes(row.status) || (row.status === "failed" && row.deadLetteredAt !== null));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await db.select().from(runs).where(eq(runs.id, runId));
    if (row && finished(row)) return row;
    if (Date.now() > deadline) throw new Error(`run ${runId} did not get there in time: ${row?.status ?? "missing"}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
