import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/server/db/types";
import { RUN_CHANGES_CHANNEL, type RunChangeFeed } from "@/server/realtime/run-change-feed";

/**
 * Waits until the feed has received every run change committed so far. NOTIFYs reach listeners in commit
 * order, so once a marker sent now arrives, the earlier ones have too (on PostgreSQL they come asynchronously).
 */
export async function settleRunChanges(db: Db, feed: RunChangeFeed): Promise<void> {
  const marker = { orgId: "settle", runId: randomUUID() };
  const arrived = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error("the settle marker did not arrive within 5 s"));
    }, 5_000);
    const unsubscribe = feed.subscribe(marker, () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    });
  });
  await db.execute(sql`select pg_notify(${RUN_CHANGES_CHANNEL}, ${JSON.stringify(marker)})`);
  await arrived;
}
