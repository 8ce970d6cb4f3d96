import path from "node:path";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "./schema";
import type { DatabaseHandle, Db } from "./types";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");

export type DatabaseTarget = { kind: "postgres"; url: string; maxConnections?: number } | { kind: "pglite"; dataDir?: string };

/** Opens a database (PGlite in-process, or a PostgreSQL server) and applies pending migrations. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === "postgres") {
    const client = postgres(target.url, { max: target.maxConnections ?? 10, onnotice: () => {} });
    const db = drizzlePostgres({ client, schema });
    try {
      await migratePostgresLocked(client, db);
    } catch (error) {
      await client.end({ timeout: 1 });
      throw error;
    }
    return {
      db: db as unknown as Db,
      kind: "postgres",
      listen: (channel, onNotify, onRelisten) => listenPostgres(client, channel, onNotify, onRelisten),
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const client = target.dataDir ? await PGlite.create(target.dataDir) : await PGlite.create();
  const db = drizzlePglite({ client, schema });
  await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return {
    db: db as unknown as Db,
    kind: "pglite",
    // One in-process connection: nothing to reconnect, so onRelisten never fires.
    listen: async (channel, onNotify) => {
      const unlisten = await client.listen(channel, onNotify);
      return () => unlisten();
    },
    close: () => client.close(),
  };
}

async function listenPostgres(client: postgres.Sql, channel: string, onNotify: (payload: string) => void, onRelisten?: () => void) {
  let listening = false;
  const { unlisten } = await client.listen(channel, onNotify, () => {
    // postgres.js calls this after the first LISTEN and again after each reconnect.
    if (listening) onRelisten?.();
    listening = true;
  });
  return unlisten;
}

/** Several processes may start at once against one server; an advisory lock keeps migrations from racing. */
async function migratePostgresLocked(client: postgres.Sql, db: ReturnType<typeof drizzlePostgres<typeof schema>>) {
  const reserved = await client.reserve();
  try {
    await reserved`select pg_advisory_lock(727274)`;
    await migratePostgres(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await reserved`select pg_advisory_unlock(727274)`;
    reserved.release();
  }
}
