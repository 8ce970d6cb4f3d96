import { and, eq } from "drizzle-orm";
import { LRUCache } from "lru-cache";
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
  /** Hops of workflow events behind this run (see `runs.eventDepth`). */
  eventDepth: number;
  definition: WorkflowDefinition;
  /** For a re-run from a node: outputs of the steps before it, reused instead of executed again. */
  seededOutputs: Map<string, unknown>;
}

/** Published versions never change, so their parsed definitions are kept (bounded) across calls and runs. */
const definitions = new LRUCache<string, WorkflowDefinition>({ max: 500 });

async function definitionOf(db: Db, versionId: string): Promise<WorkflowDefinition | null> {
  const cached = definitions.get(versionId);
  if (cached) return cached;
  const [version] = await db.select({ definition: workflowVersions.definition }).from(workflowVersions).where(eq(workflowVersions.id, versionId)).limit(1);
  if (!version) return null;
  const definition = WorkflowDefinitionSchema.parse(version.definition);
  definitions.set(versionId, definition);
  return definition;
}

/** Loads a run with its pinned version's definition (runs never see a newer draft). */
export async function loadRunToExecute(db: Db, runId: string, orgId: string): Promise<RunToExecute | null> {
  const [run] = await db
    .select()
    .from(runs)
    .where(and(eq(runs.id, runId), eq(runs.orgId, orgId)))
    .limit(1);
  if (!run) return null;
  const definition = await definitionOf(db, run.versionId);
  if (!definition) return null;
  const seededOutputs = new Map<string, unknown>();
  if (run.replayOfRunId && run.rerunFromNodeId) {
    const earlier = await db
      .select({ stepId: runSteps.stepId, nodeId: runSteps.nodeId, output: runSteps.output })
      .from(runSteps)
      .where(and(eq(runSteps.runId, run.replayOfRunId), eq(runSteps.orgId, orgId), eq(runSteps.status, "succeeded")));
    for (const step of earlier) {
      if (step.nodeId !== run.rerunFromNodeId) seededOutputs.set(step.stepId, step.output);
    }
  }
  return {
    id: run.id,
    orgId: run.orgId,
    workflowId: run.workflowId,
    status: run.status,
    triggerPayload: run.triggerPayload,
    eventDepth: run.eventDepth,
    definition,
    seededOutputs,
  };
}
