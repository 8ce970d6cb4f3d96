import path from "node:path";
import { env } from "@/env";
import { openDatabase } from "./open-database";
import type { DatabaseHandle, Db } from "./types";

// Next.js bundles route handlers, pages and instrumentation separately, so a module-level singleton
// would open PGlite several times. One instance per process lives on globalThis.
const globalForDb = globalThis as unknown as { __junctionDatabase?: Promise<DatabaseHandle> };

export function databaseTargetFromEnv() {
  return env.DATABASE_URL
    ? ({ kind: "postgres", url: env.DATABASE_URL } as const)
    : ({ kind: "pglite", dataDir: path.resolve(env.DATA_DIR, "pglite") } as const);
}

export function getDatabase(): Promise<DatabaseHandle> {
  globalForDb.__junctionDatabase ??= openDatabase(databaseTargetFromEnv()).catch((error: unknown) => {
    globalForDb.__junctionDatabase = undefined;
    throw error;
  });
  return globalForDb.__junctionDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}
