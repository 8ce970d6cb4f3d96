import { and, desc, eq, inArray } from "drizzle-orm";
import type { WorkflowDefinition } from "@/core/workflow";
import { runSteps } from "@/server/db/schema/runs";
import type { DbOrTx } from "@/server/db/types";

/** A decision on an approval, as sent to the waiting run and shown in its step log (the node's output is `{ data: decision }`). */
export interface ApprovalDecision {
  approvalId: string;
  approved: boolean;
  decidedBy: { userId: string | null; email: string; name: string | null };
  comment: string | null;
  decidedAt: string;
}

/** What an approval node of a run is waiting for, read from its step log. */
export interface ApprovalRequest {
  nodeId: string;
  nodeName: string;
  /** Row of the node's step (`nodeId`, or `nodeId:index` inside a loop). */
  stepRowId: string;
  stepId: string;
  approvalId: string;
  /** Email addresses allowed to decide; empty means anyone whose role may approve. */
  approvers: string[];
  requestedAt: Date;
  expiresAt: Date | null;
  /** Set once someone decided; the run resumes with it shortly after. */
  decision: ApprovalDecision | null;
}

/**
 * The approval requests of a run's approval nodes that are still open or just decided: the node's step row is
 * running and carries the `approvalId` the node minted (the interpreter logs it before waiting). Newest first.
 * The run's status is checked by the callers; a run that is not waiting has no open approval.
 */
export async function findApprovalRequests(db: DbOrTx, run: { id: string; orgId: string }, definition: WorkflowDefinition, nodeId?: string): Promise<ApprovalRequest[]> {
  const approvalNodes = definition.nodes.filter(
    (node): node is Extract<typeof node, { type: "wait" }> => node.type === "wait" && node.wait.kind === "approval" && (nodeId === undefined || node.id === nodeId),
  );
  if (approvalNodes.length === 0) return [];
  const rows = await db
    .select({ id: runSteps.id, nodeId: runSteps.nodeId, stepId: runSteps.stepId, input: runSteps.input, output: runSteps.output, startedAt: runSteps.startedAt })
    .from(runSteps)
    .where(
      and(
        eq(runSteps.orgId, run.orgId),
        eq(runSteps.runId, run.id),
        eq(runSteps.status, "running"),
        inArray(
          runSteps.nodeId,
          approvalNodes.map((node) => node.id),
        ),
      ),
    )
    .orderBy(desc(runSteps.startedAt));
  const requests: ApprovalRequest[] = [];
  for (const row of rows) {
    const node = approvalNodes.find((candidate) => candidate.id === row.nodeId);
    const input = asRecord(row.input);
    if (!node || typeof input?.approvalId !== "string") continue;
    const timeoutMs = typeof input.timeoutMs === "number" ? input.timeoutMs : null;
    requests.push({
      nodeId: node.id,
      nodeName: node.name,
      stepRowId: row.id,
      stepId: row.stepId,
      approvalId: input.approvalId,
      approvers: node.wait.kind === "approval" ? (node.wait.approvers ?? []) : [],
      requestedAt: row.startedAt,
      expiresAt: timeoutMs === null ? null : new Date(row.startedAt.getTime() + timeoutMs),
      decision: decisionOf(row.output),
    });
  }
  return requests;
}

/** The decision in an approval node's output (`{ data: decision }`), if it holds one. */
export function decisionOf(output: unknown): ApprovalDecision | null {
  const data = asRecord(asRecord(output)?.data);
  if (!data || typeof data.approved !== "boolean" || typeof data.approvalId !== "string") return null;
  return data as unknown as ApprovalDecision;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
