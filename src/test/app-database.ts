import type { DatabaseHandle } from "@/server/db/types";

/**
 * Makes `getDb()` — used by code that runs outside a request context, such as Inngest functions — return
 * the test's database. It is the same process-wide slot the app fills at start-up.
 */
export function installAsAppDatabase(handle: DatabaseHandle): void {
  (globalThis as { __junctionDatabase?: Promise<DatabaseHandle> }).__junctionDatabase = Promise.resolve(handle);
}
