import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLogs } from "@/server/db/schema";
import { runSteps } from "@/server/db/schema/runs";
import type { DatabaseHandle, Db } from "@/server/db/types";
import { clientErrorOf } from "@/server/api/__tests__/client-error";
import { installAsAppDatabase } from "@/test/app-database";
import { startEmbeddedEngine, waitForRun, type EmbeddedEngine } from "@/test/embedded-engine";
import { currentEngineGateway } from "@/test/engine-gateway";
import { callerFor, createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { createTestDatabase } from "@/test/test-database";
import { approvalDefinition, createPublishedWorkflow, createWaitingApprovalRun } from "@/test/workflow-fixtures";

let handle: DatabaseHandle;
let db: Db;
let engine: EmbeddedEngine;
let seeded: SeededOrg;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  installAsAppDatabase(handle);
  seeded = await createOrgWithEveryRole(db, "Approvals");
  engine = await startEmbeddedEngine(db);
}, 60_000);

afterAll(async () => {
  await engine?.close();
  await handle?.close();
});

const as = (role: keyof SeededOrg["members"]) => callerFor(db, seeded.members[role]);

/** Starts a run of the approval workflow and returns once it waits, with the approval `run.get` reports. */
async function startWaiting(approvers?: string[]) {
  const { workflowId } = await createPublishedWorkflow(db, seeded.org.id, approvalDefinition(approvers));
  const { runId } = await as("editor").run.start({ orgSlug: seeded.org.slug, workflowId, payload: {} });
  await waitForRun(db, runId, (row) => row.status === "waiting");
  const detail = await as("viewer").run.get({ orgSlug: seeded.org.slug, runId });
  return { runId, approval: detail.approval };
}

const decide = (role: keyof SeededOrg["members"], runId: string, approved: boolean, comment?: string) =>
  as(role).run.decideApproval({ orgSlug: seeded.org.slug, runId, nodeId: "approve", approved, comment });

const approvalStep = async (runId: string) =>
  (await db.select().from(runSteps).where(and(eq(runSteps.runId, runId), eq(runSteps.nodeId, "approve"))).orderBy(asc(runSteps.startedAt)))[0];

describe("approval decisions on the embedded executor", () => {
  it("a waiting run shows its approval; approving resumes it with the decision in the node's output", async () => {
    const { runId, approval } = await startWaiting([seeded.members.editor.email.toUpperCase(), seeded.members.owner.email]);
    expect(approval).toMatchObject({ nodeId: "approve", nodeName: "Manager approval", approvalId: expect.stringMatching(/^[0-9a-f-]{36}$/), decision: null });
    expect(approval?.approvers).toHaveLength(2);
    expect(approval?.expiresAt?.getTime()).toBe(approval!.requestedAt.getTime() + 86_400_000);

    const result = await decide("editor", runId, true, "Looks good");
    expect(result).toMatchObject({ approvalId: approval!.approvalId, approved: true });

    const run = await waitForRun(db, runId);
    expect(run.status).toBe("succeeded");
    expect(run.output).toEqual({ approved: true, by: seeded.members.editor.email });
    const step = await approvalStep(runId);
    expect(step).toMatchObject({
      status: "succeeded",
      output: {
        name: "workflow/approval",
        data: {
          approvalId: approval!.approvalId,
          approved: true,
          comment: "Looks good",
          decidedBy: { userId: seeded.members.editor.id, email: seeded.members.editor.email },
          decidedAt: expect.any(String),
        },
      },
    });
    const [audit] = await db.select().from(auditLogs).where(and(eq(auditLogs.orgId, seeded.org.id), eq(auditLogs.targetId, runId)));
    expect(audit).toMatchObject({ action: "run.approval_decided", actorId: seeded.members.editor.id, metadata: { nodeId: "approve", approved: true, comment: "Looks good" } });
    expect((await as("viewer").run.get({ orgSlug: seeded.org.slug, runId })).approval).toBeNull();

    // Deciding again once the run went on is refused, naming who decided.
    const again = await clientErrorOf(decide("owner", runId, false));
    expect(again).toMatchObject({ code: "CONFLICT", message: `"Manager approval" was already approved by ${seeded.members.editor.email}; a decision cannot be changed.` });
  });

  it("rejecting resumes the run with approved = false", async () => {
    const { runId } = await startWaiting();
    await decide("admin", runId, false, "Not this quarter");
    const run = await waitForRun(db, runId);
    expect(run).toMatchObject({ status: "succeeded", output: { approved: false, by: seeded.members.admin.email } });
    expect((await approvalStep(runId))?.output).toMatchObject({ data: { approved: false, comment: "Not this quarter" } });
  });

  it("two decisions at once: one wins, the other is told it was already decided", async () => {
    const { runId } = await startWaiting();
    const outcomes = await Promise.allSettled([decide("editor", runId, true), decide("owner", runId, false)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === "rejected");
    expect(await clientErrorOf(Promise.reject((refused as PromiseRejectedResult).reason))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/was already (approved|rejected) by/),
    });
    const winner = outcomes[0]!.status === "fulfilled" ? seeded.members.editor.email : seeded.members.owner.email;
    const run = await waitForRun(db, runId);
    expect(run.output).toMatchObject({ by: winner });
    expect(await db.select().from(auditLogs).where(and(eq(auditLogs.targetId, runId), eq(auditLogs.action, "run.approval_decided")))).toHaveLength(1);
  });

  it("only listed approvers may decide, and viewers never", async () => {
    const { runId } = await startWaiting([seeded.members.owner.email]);
    const stranger = await clientErrorOf(decide("admin", runId, true));
    expect(stranger).toMatchObject({ code: "FORBIDDEN" });
    expect(stranger.message).toContain(`Only the approvers listed on "Manager approval" can decide it (${seeded.members.owner.email}); you are signed in as ${seeded.members.admin.email}.`);
    expect(await clientErrorOf(decide("viewer", runId, true))).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("runs.approve") });
    expect((await approvalStep(runId))?.output).toBeNull();

    await decide("owner", runId, true);
    expect(await waitForRun(db, runId)).toMatchObject({ status: "succeeded", output: { approved: true } });
  });

  it("a decision the engine cannot receive is released, with its audit row, so it can be made again", async () => {
    const { runId } = await createWaitingApprovalRun(db, seeded.org.id);
    const gateway = currentEngineGateway();
    gateway.forwardTo("http://127.0.0.1:9");
    try {
      expect((await clientErrorOf(decide("editor", runId, true))).code).toBe("INTERNAL_SERVER_ERROR");
    } finally {
      gateway.forwardTo(engine.executor.url);
    }
    expect((await approvalStep(runId))?.output).toBeNull();
    expect(await db.select().from(auditLogs).where(and(eq(auditLogs.targetId, runId), eq(auditLogs.action, "run.approval_decided")))).toEqual([]);

    await decide("editor", runId, true);
    expect((await approvalStep(runId))?.output).toMatchObject({ data: { approved: true } });
    expect(await db.select().from(auditLogs).where(and(eq(auditLogs.targetId, runId), eq(auditLogs.action, "run.approval_decided")))).toHaveLength(1);
  });

  it("explains what is wrong when there is nothing to decide", async () => {
    const { runId } = await startWaiting();
    const wrongNode = await clientErrorOf(as("editor").run.decideApproval({ orgSlug: seeded.org.slug, runId, nodeId: "result", approved: true }));
    expect(wrongNode).toMatchObject({ code: "BAD_REQUEST", message: `This run's workflow has no approval node "result".` });
    await as("editor").run.cancel({ orgSlug: seeded.org.slug, runId });
    expect(await clientErrorOf(decide("editor", runId, true))).toMatchObject({
      code: "CONFLICT",
      message: `This run is not waiting for an approval at "Manager approval" (it is cancelled); there is nothing to decide.`,
    });
  });
});
