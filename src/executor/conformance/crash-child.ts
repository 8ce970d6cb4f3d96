/**
 * A child process for crash-resume.int.test.ts: owns the database (a PGlite data dir or a PostgreSQL URL), runs an
 * executor and an SDK app, and reports run events as JSON lines on stdout. The test kills it with SIGKILL mid-run.
 */
import { appendFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { ExecutorDb } from "../index";
import { startHarness } from "./harness";

const migrationsFolder = path.join(process.cwd(), "drizzle");
const counterFile = process.env.COUNTER_FILE ?? "";
const hangInB = process.env.HANG_IN_B === "1";
const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
const record = (mark: string) => appendFileSync(counterFile, `${mark}\n`);

async function openDb(): Promise<{ db: ExecutorDb; close: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const client = postgres(process.env.DATABASE_URL, { max: 4, onnotice: () => {} });
    const db = drizzlePostgres({ client });
    await migratePostgres(db, { migrationsFolder });
    return { db, close: () => client.end({ timeout: 2 }) };
  }
  const client = await PGlite.create(process.env.PGLITE_DIR ?? "");
  const db = drizzlePglite({ client });
  await migratePglite(db, { migrationsFolder });
  return { db, close: () => client.close() };
}

const { db, close } = await openDb();
const harness = await startHarness(
  { db, clientId: "crash", delayScale: 1, lockTimeoutMs: 600, onRunEvent: (event) => say(event) },
  (inngest) => [
    inngest.createFunction({ id: "steps", triggers: [{ event: "test/crash" }] }, async ({ step }) => {
      await step.run("a", () => record("a"));
      await step.sleep("gap", "1s");
      await step.run("b", async () => {
        record("b-begin");
        if (hangInB) {
          say({ type: "in-b" });
          await new Promise(() => {});
        }
        record("b-done");
      });
      await step.run("c", () => record("c"));
      return "ok";
    }),
  ],
);
if (process.env.SEND_EVENT === "1") await harness.inngest.send({ name: "test/crash", data: {} });
say({ type: "ready" });
process.on("SIGTERM", () => {
  void harness
    .stop()
    .then(close)
    .finally(() => process.exit(0));
});
