import { describe, expect, it } from "vitest";
import { runs } from "@/server/db/schema/runs";
import { createOrgWithEveryRole } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { createPublishedWorkflow } from "@/test/workflow-fixtures";
import { QUEUED_RESEND_AFTER_MS, resendQueuedRuns } from "./resend-queued-runs";

const db = freshTestDatabase();
const NOW = new Date("2026-11-22T12:00:00Z");
const MINUTE = 60_000;

describe("resendQueuedRuns", () => {
  it("re-sends runs left queued past the grace period, of every org, and nothing else", async () => {
    const a = await createOrgWithEveryRole(db, "Sweep A");
    const b = await createOrgWithEveryRole(db, "Sweep B");
    const wa = await createPublishedWorkflow(db, a.org.id);
    const wb = await createPublishedWorkflow(db, b.org.id);
    const insert = async (orgId: string, w: { workflowId: string; versionId: string }, values: Partial<typeof runs.$inferInsert>) => {
      const [row] = await db
        .insert(runs)
        .values({ orgId, workflowId: w.workflowId, versionId: w.versionId, status: "queued", triggerKind: "manual", triggerPayload: {}, createdAt: new Date(NOW.getTime() - 10 * MINUTE), ...values })
        .returning({ id: runs.id });
      return row!.id;
    };
    const strandedA = await insert(a.org.id, wa, {});
    const strandedB = await insert(b.org.id, wb, { triggerKind: "event" });
    await insert(a.org.id, wa, { createdAt: new Date(NOW.getTime() - QUEUED_RESEND_AFTER_MS + 1000) }); // still in its grace period
    await insert(a.org.id, wa, { createdAt: new Date(NOW.getTime() - 25 * 60 * MINUTE) }); // past the engine's dedupe window
    await insert(a.org.id, wa, { status: "running" });
    await insert(a.org.id, wa, { status: "failed" });
    await insert(a.org.id, wa, { triggerKind: "subworkflow" });
    await insert(a.org.id, wa, { triggerKind: "schedule" });

    const sent: { id: string; orgId: string }[] = [];
    const result = await resendQueuedRuns(db, { now: NOW, enqueue: async (run) => void sent.push(run) });

    expect(result).toEqual({ sent: 2, failed: 0 });
    expect(sent.sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      [
        { id: strandedA, orgId: a.org.id },
        { id: strandedB, orgId: b.org.id },
      ].sort((x, y) => x.id.localeCompare(y.id)),
    );

    const failing = await resendQueuedRuns(db, {
      now: NOW,
      enqueue: async (run) => {
        if (run.id === strandedA) throw new Error("engine unreachable");
      },
    });
    expect(failing).toEqual({ sent: 1, failed: 1 });
  });
});
