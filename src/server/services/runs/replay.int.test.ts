import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { runs } from "@/server/db/schema/runs";
import { currentEngineGateway } from "@/test/engine-gateway";
import { callerFor, createOrgWithEveryRole } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { createRunRow } from "@/test/workflow-fixtures";

const db = freshTestDatabase();

describe("replay", () => {
  it("copies the original's version, trigger and event depth, linked to it, and sends its start event", async () => {
    const seeded = await createOrgWithEveryRole(db, "Replays");
    const { runId } = await createRunRow(db, seeded.org.id, "failed");
    await db.update(runs).set({ eventDepth: 7, triggerKind: "event" }).where(eq(runs.id, runId));
    const editor = callerFor(db, seeded.members.editor);

    const whole = await editor.run.replay({ orgSlug: seeded.org.slug, runId });
    const fromNode = await editor.run.rerunFromNode({ orgSlug: seeded.org.slug, runId, nodeId: "greet" });

    const [original] = await db.select().from(runs).where(eq(runs.id, runId));
    for (const { runId: copyId } of [whole, fromNode]) {
      const [copy] = await db.select().from(runs).where(eq(runs.id, copyId));
      expect(copy).toMatchObject({
        orgId: seeded.org.id,
        workflowId: original!.workflowId,
        versionId: original!.versionId,
        triggerKind: "event",
        triggerPayload: original!.triggerPayload,
        eventDepth: 7,
        replayOfRunId: runId,
        status: "queued",
      });
    }
    const [rerun] = await db.select().from(runs).where(eq(runs.id, fromNode.runId));
    expect(rerun!.rerunFromNodeId).toBe("greet");
    const sent = currentEngineGateway().events.map((event) => event.id);
    expect(sent).toEqual(expect.arrayContaining([whole.runId, fromNode.runId]));
  });
});
