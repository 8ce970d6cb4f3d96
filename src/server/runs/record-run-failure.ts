import { and, eq } from "drizzle-orm";
import { organizations } from "@/server/db/schema/organizations";
import { notifications, runs } from "@/server/db/schema/runs";
import { workflows } from "@/server/db/schema/workflows";
import type { Db } from "@/server/db/types";

/**
 * A run that failed for good: mark it failed (unless it was cancelled), put it on the dead-letter list and
 * raise a notification, in one transaction.
 */
export async function recordRunFailure(db: Db, input: { runId: string; orgId: string; message: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ status: runs.status, error: runs.error, workflowName: workflows.name, orgSlug: organizations.slug })
      .from(runs)
      .innerJoin(workflows, eq(workflows.id, runs.workflowId))
      .innerJoin(organizations, eq(organizations.id, runs.orgId))
      .where(and(eq(runs.id, input.runId), eq(runs.orgId, input.orgId)))
      .limit(1);
    if (!row || row.status === "cancelled") return;
    const now = new Date();
    await tx
      .update(runs)
      .set({ status: "failed", error: row.error ?? { message: input.message }, finishedAt: now, deadLetteredAt: now })
      .where(and(eq(runs.id, input.runId), eq(runs.orgId, input.orgId)));
    await tx.insert(notifications).values({
      orgId: input.orgId,
      kind: "run.failed",
      title: `“${row.workflowName}” failed`,
      body: (row.error?.message ?? input.message).slice(0, 500),
      link: runPath(row.orgSlug, input.runId),
    });
  });
}

/** The app path of a run's page. The org's slug at the time of the failure: a later rename leaves the link pointing at the old slug. */
export function runPath(orgSlug: string, runId: string): string {
  return `/o/${encodeURIComponent(orgSlug)}/runs/${runId}`;
}
