import { and, eq, notInArray } from "drizzle-orm";
import { RUN_STATUSES, runs } from "@/server/db/schema/runs";
import type { DbOrTx } from "@/server/db/types";

export type RunStatus = (typeof RUN_STATUSES)[number];
export const TERMINAL_RUN_STATUSES: readonly RunStatus[] = ["succeeded", "failed", "cancelled"];

/** Moves a run to a new status unless it already ended (a cancelled run stays cancelled). */
export async function setRunStatus(
  db: DbOrTx,
  runId: string,
  status: RunStatus,
  extra: Partial<Pick<typeof runs.$inferInsert, "output" | "error" | "startedAt" | "finishedAt" | "deadLetteredAt">> = {},
): Promise<boolean> {
  const updated = await db
    .update(runs)
    .set({ status, ...extra })
    .where(and(eq(runs.id, runId), notInArray(runs.status, [...TERMINAL_RUN_STATUSES])))
    .returning({ id: runs.id });
  return updated.length > 0;
}

/** Moves a queued run to running and stamps its start; a no-op once it has started (the body is replayed on every call). */
export async function markRunStarted(db: DbOrTx, runId: string, at: Date): Promise<void> {
  await db
    .update(runs)
    .set({ status: "running", startedAt: at })
    .where(and(eq(runs.id, runId), eq(runs.status, "queued")));
}
