import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { runs, runSteps } from "@/server/db/schema/runs";
import { workflows, workflowVersions } from "@/server/db/schema/workflows";
import type { Db } from "@/server/db/types";

export const SIMPLE_DEFINITION = {
  version: 1,
  nodes: [
    { id: "trigger", type: "trigger", name: "Manual", trigger: { kind: "manual" } },
    { id: "greet", type: "transform", name: "Greet", expression: '"hello " & trigger.name' },
  ],
  edges: [{ id: "e1", source: "trigger", target: "greet" }],
};

/** A workflow with one published version of `definition`. */
export async function createPublishedWorkflow(db: Db, orgId: string, definition: unknown = SIMPLE_DEFINITION) {
  const [workflow] = await db
    .insert(workflows)
    .values({ orgId, name: `Workflow ${randomUUID().slice(0, 6)}`, draft: definition })
    .returning({ id: workflows.id });
  const [version] = await db
    .insert(workflowVersions)
    .values({ orgId, workflowId: workflow!.id, version: 1, definition })
    .returning({ id: workflowVersions.id });
  await db.update(workflows).set({ publishedVersionId: version!.id }).where(eq(workflows.id, workflow!.id));
  return { workflowId: workflow!.id, versionId: version!.id };
}

/** A run row in the given state, with one succeeded step, as the engine would have left it. */
export async function createRunRow(db: Db, orgId: string, status: typeof runs.$inferInsert.status = "failed", deadLettered = false) {
  const { workflowId, versionId } = await createPublishedWorkflow(db, orgId);
  const [run] = await db
    .insert(runs)
    .values({ orgId, workflowId, versionId, status, triggerKind: "manual", triggerPayload: { name: "ada" }, deadLetteredAt: deadLettered ? new Date() : null })
    .returning({ id: runs.id });
  await db.insert(runSteps).values({ orgId, runId: run!.id, nodeId: "greet", stepId: "greet", attempt: 1, status: "succeeded", output: "hello ada" });
  return { runId: run!.id, workflowId };
}
