import { getDatabase } from "@/server/db/client";
import { listenForRunChanges, type RunChangeFeed } from "./run-change-feed";

// Next.js bundles route handlers separately, so like the database itself the one LISTEN lives on globalThis.
const globalForRunChanges = globalThis as unknown as { __junctionRunChanges?: Promise<RunChangeFeed> };

/** The process's run change feed, LISTENing on the app database from its first use for the life of the process. */
export function getRunChangeFeed(): Promise<RunChangeFeed> {
  globalForRunChanges.__junctionRunChanges ??= getDatabase()
    .then(async (database) => (await listenForRunChanges(database)).feed)
    .catch((error: unknown) => {
      globalForRunChanges.__junctionRunChanges = undefined;
      throw error;
    });
  return globalForRunChanges.__junctionRunChanges;
}
