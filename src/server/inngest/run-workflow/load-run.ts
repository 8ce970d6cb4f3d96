import { and, eq } from "drizzle-orm";
import { WorkflowDefinitionSchema, type WorkflowDefinition } from "@/core/workflow";
import { runs, runSteps } from "@/server/db/schema/runs";
import { workflowVersions } from "@/server/db/schema/workflows";
import type { Db } from "@/server/db/types";

export interface RunToExecute {
  id: string;
  orgId: string;
  workflowId: string;
  status: string;
  triggerPayload: unknown;
  definition: WorkflowDefinition;
  /** For a re-run from a node: outputs of the steps before it, reused instead of executed again. */
  seededOutputs: Map<string, unknown>;
}

/** Loads a run with its pinned version's definition (runs never see a newer draft). */
export async function loadRunToExecute(db: Db, runId: string, orgId: string): Promise<RunToExecute | null> {
  const [row] = await db
    .select({ run: runs, definition: workflowVersions.definition })
    .from(runs)
    .innerJoin(workflowVersions, eq(workflowVersions.id, runs.versionId))
    .where(and(eq(runs.id, runId), eq(runs.orgId, orgId)))
    .limit(1);
  if (!row) return null;
  const seededOutputs = new Map<string, unknown>();
  if (row.run.replayOfRunId && row.run.rerunFromNodeId) {
    const earlier = await db
      .select({ stepId: runSteps.stepId, nodeId: runSteps.nodeId, output: runSteps.output })
      .from(runSteps)
      .where(and(eq(runSteps.runId, row.run.replayOfRunId), eq(runSteps.orgId, orgId), eq(runSteps.status, "succeeded")));
    for (const step of earlier) {
      if (step.nodeId !== row.run.rerunFromNodeId) seededOutputs.set(step.stepId, step.output);
    }
  }
  return {
    id: row.run.id,
    orgId: row.run.orgId,
    workflowId: row.run.workflowId,
    status: row.run.status,
    triggerPayload: row.run.triggerPayload,
    definition: WorkflowDefinitionSchema.parse(row.definition),
    seededOutputs,
  };
}
