import { afterAll, beforeAll } from "vitest";
import type { DatabaseHandle, Db } from "@/server/db/types";
import { createTestDatabase } from "./test-database";

/**
 * Opens a fresh database for the calling test file (before its tests, closed after) and returns a handle
 * that forwards to it, so tests can write `const db = freshTestDatabase()` at the top level.
 */
export function freshTestDatabase(): Db {
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(() => handle?.close());
  return new Proxy({} as Db, {
    get(_target, property) {
      if (!handle) throw new Error("The test database is opened in beforeAll; use it inside a test or hook.");
      const value: unknown = Reflect.get(handle.db, property, handle.db);
      return typeof value === "function" ? value.bind(handle.db) : value;
    },
  });
}
