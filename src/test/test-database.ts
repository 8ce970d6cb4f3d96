import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { openDatabase } from "@/server/db/open-database";
import type { DatabaseHandle } from "@/server/db/types";

export const testDbKind = process.env.TEST_DB_KIND === "postgres" ? "postgres" : "pglite";

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or a new database on the
 * TEST_DATABASE_URL server (dropped again on close), so tests never see each other's rows.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (testDbKind === "pglite") return openDatabase({ kind: "pglite" });

  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) throw new Error("TEST_DB_KIND=postgres needs TEST_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test");
  const name = `junction_t_${randomUUID().replaceAll("-", "").slice(0, 20)}`;
  await withAdmin(baseUrl, (sql) => sql.unsafe(`create database ${name}`));
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString(), maxConnections: 5 });
  return {
    ...handle,
    async close() {
      await handle.close();
      await withAdmin(baseUrl, (sql) => sql.unsafe(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdmin(url: string, run: (sql: postgres.Sql) => Promise<unknown>) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await run(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
