import { and, eq } from "drizzle-orm";
import { invalid, notFound } from "@/core/errors/domain-errors";
import { runs } from "@/server/db/schema/runs";
import { workflows } from "@/server/db/schema/workflows";
import type { DbOrTx } from "@/server/db/types";

export interface NewRun {
  orgId: string;
  workflowId: string;
  triggerKind: string;
  triggerPayload: unknown;
  /** Defaults to the workflow's current published version. */
  versionId?: string;
  replayOfRunId?: string;
  rerunFromNodeId?: string;
  /** See `runs.eventDepth`; 0 by default. */
  eventDepth?: number;
}

/** Inserts a queued run pinned to a published version. The caller sends the event that starts it. */
export async function insertRun(db: DbOrTx, input: NewRun): Promise<{ id: string }> {
  let versionId = input.versionId;
  if (!versionId) {
    const [workflow] = await db
      .select({ publishedVersionId: workflows.publishedVersionId, enabled: workflows.enabled, name: workflows.name })
      .from(workflows)
      .where(and(eq(workflows.orgId, input.orgId), eq(workflows.id, input.workflowId)))
      .limit(1);
    if (!workflow) throw notFound("Workflow");
    if (!workflow.publishedVersionId) throw invalid(`Publish "${workflow.name}" before running it.`);
    versionId = workflow.publishedVersionId;
  }
  const [row] = await db
    .insert(runs)
    .values({
      orgId: input.orgId,
      workflowId: input.workflowId,
      versionId,
      triggerKind: input.triggerKind,
      triggerPayload: input.triggerPayload ?? {},
      replayOfRunId: input.replayOfRunId ?? null,
      rerunFromNodeId: input.rerunFromNodeId ?? null,
      eventDepth: input.eventDepth ?? 0,
    })
    .returning({ id: runs.id });
  return row!;
}

/** The run fields a replay copies: same version, trigger and event depth (a replay stays in its event chain). */
export type ReplayedRun = Pick<typeof runs.$inferSelect, "id" | "orgId" | "workflowId" | "versionId" | "triggerKind" | "triggerPayload" | "eventDepth">;

/** Inserts a queued replay of `original`, linked to it; `rerunFromNodeId` reuses the outputs before that node. */
export function insertReplayOf(db: DbOrTx, original: ReplayedRun, options: { rerunFromNodeId?: string } = {}): Promise<{ id: string }> {
  return insertRun(db, {
    orgId: original.orgId,
    workflowId: original.workflowId,
    versionId: original.versionId,
    triggerKind: original.triggerKind,
    triggerPayload: original.triggerPayload,
    eventDepth: original.eventDepth,
    replayOfRunId: original.id,
    ...options,
  });
}

export interface NewRunWithId {
  /** Chosen by the caller (derived from what started the run), so inserting it again is a no-op. */
  id: string;
  orgId: string;
  workflowId: string;
  versionId: string;
  triggerKind: string;
  triggerPayload: unknown;
  eventDepth?: number;
}

/**
 * Inserts a queued run with a caller-chosen id unless that id exists (ON CONFLICT DO NOTHING). Returns whether
 * this call inserted it; a retried caller finds its run already there and starts nothing new.
 */
export async function insertRunOnce(db: DbOrTx, input: NewRunWithId): Promise<boolean> {
  const inserted = await db
    .insert(runs)
    .values({
      id: input.id,
      orgId: input.orgId,
      workflowId: input.workflowId,
      versionId: input.versionId,
      triggerKind: input.triggerKind,
      triggerPayload: input.triggerPayload ?? {},
      eventDepth: input.eventDepth ?? 0,
    })
    .onConflictDoNothing({ target: runs.id })
    .returning({ id: runs.id });
  return inserted.length > 0;
}
