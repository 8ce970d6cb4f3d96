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

/** Manual trigger → an approval wait (`approve`) → a transform that reports the decision. */
export function approvalDefinition(approvers?: string[]) {
  return {
    version: 1,
    nodes: [
      { id: "trigger", type: "trigger", name: "Manual", trigger: { kind: "manual" } },
      { id: "approve", type: "wait", name: "Manager approval", wait: { kind: "approval", timeout: "1d", ...(approvers ? { approvers } : {}) } },
      { id: "result", type: "transform", name: "Result", expression: '{ "approved": steps.approve.data.approved, "by": steps.approve.data.decidedBy.email }' },
    ],
    edges: [
      { id: "e1", source: "trigger", target: "approve" },
      { id: "e2", source: "approve", target: "result" },
    ],
  };
}

/** A run waiting at the approval node of `approvalDefinition`, with the step row the engine writes before waiting. */
export async function createWaitingApprovalRun(db: Db, orgId: string, approvers?: string[]) {
  const { workflowId, versionId } = await createPublishedWorkflow(db, orgId, approvalDefinition(approvers));
  const [run] = await db
    .insert(runs)
    .values({ orgId, workflowId, versionId, status: "waiting", triggerKind: "manual", triggerPayload: {} })
    .returning({ id: runs.id });
  const approvalId = randomUUID();
  await db.insert(runSteps).values({
    orgId,
    runId: run!.id,
    nodeId: "approve",
    stepId: "approve",
    attempt: 1,
    status: "running",
    input: { approvalId, approvers: approvers ?? [], timeoutMs: 86_400_000 },
  });
  return { runId: run!.id, workflowId, approvalId };
}
