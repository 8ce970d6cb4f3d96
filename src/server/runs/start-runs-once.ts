import { and, eq } from "drizzle-orm";
import { runs } from "@/server/db/schema/runs";
import type { DbOrTx } from "@/server/db/types";
import { logger } from "@/server/log/logger";
import { insertRunOnce } from "./create-run";

/** A run to start for a workflow, its id derived from what starts it (so a retry derives the same one). */
export interface RunToStart {
  runId: string;
  workflowId: string;
  workflowName: string;
  versionId: string;
}

export interface StartedRun {
  runId: string;
  workflowId: string;
  workflowName: string;
}

/**
 * Inserts each run unless its id exists (call it in a transaction). Returns the runs that are there now — inserted by
 * this call or by an earlier one — so a retried dispatch re-sends their start events and starts nothing twice.
 */
export async function insertRunsOnce(tx: DbOrTx, orgId: string, toStart: readonly RunToStart[], trigger: { kind: string; payload: unknown; eventDepth?: number }): Promise<StartedRun[]> {
  const started: StartedRun[] = [];
  for (const run of toStart) {
    const inserted = await insertRunOnce(tx, {
      id: run.runId,
      orgId,
      workflowId: run.workflowId,
      versionId: run.versionId,
      triggerKind: trigger.kind,
      triggerPayload: trigger.payload,
      eventDepth: trigger.eventDepth,
    });
    if (!inserted) {
      // Already started by an earlier dispatch; make sure the id really is that run.
      const [existing] = await tx
        .select({ id: runs.id })
        .from(runs)
        .where(and(eq(runs.id, run.runId), eq(runs.orgId, orgId), eq(runs.workflowId, run.workflowId)))
        .limit(1);
      if (!existing) continue;
    }
    started.push({ runId: run.runId, workflowId: run.workflowId, workflowName: run.workflowName });
  }
  return started;
}

/**
 * Sends the start event of each run (after the commit). Every run is tried; if any send failed, one error names them
 * all and says how to finish (`retry`), for the caller's retry to send them again.
 */
export async function enqueueStartedRuns(
  orgId: string,
  started: readonly StartedRun[],
  enqueue: (run: { id: string; orgId: string }) => Promise<void>,
  describe: { what: string; retry: string; log: Record<string, unknown> },
): Promise<void> {
  const failures: string[] = [];
  for (const run of started) {
    try {
      await enqueue({ id: run.runId, orgId });
    } catch (error) {
      failures.push(`${run.workflowName}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failures.length === 0) return;
  logger.warn({ ...describe.log, failures }, `could not send the start event of runs started by ${describe.what}`);
  throw new Error(`Could not start ${failures.length} of ${started.length} runs for ${describe.what} (${failures.join("; ")}); ${describe.retry}.`);
}
