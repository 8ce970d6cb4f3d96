import { and, eq, isNotNull } from "drizzle-orm";
import type { z } from "zod";
import { runs } from "@/server/db/schema/runs";
import { insertReplayOf } from "@/server/runs/create-run";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { enqueueRun } from "./enqueue-run";
import type { deadLetterFilterInput } from "./run-inputs";

const MAX_BULK_REPLAY = 500;

/** Replays every dead-lettered run matching the filter, and takes them off the dead-letter list. */
export async function bulkReplayDeadLetters({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof deadLetterFilterInput> }) {
  const where = and(
    eq(runs.orgId, ctx.org.id),
    isNotNull(runs.deadLetteredAt),
    input.workflowId ? eq(runs.workflowId, input.workflowId) : undefined,
  );
  const created = await ctx.db.transaction(async (tx) => {
    const dead = await tx.select().from(runs).where(where).limit(MAX_BULK_REPLAY).for("update", { skipLocked: true });
    const fresh: { id: string }[] = [];
    for (const original of dead) {
      fresh.push(await insertReplayOf(tx, original));
      await tx.update(runs).set({ deadLetteredAt: null }).where(and(eq(runs.orgId, ctx.org.id), eq(runs.id, original.id)));
    }
    await recordAudit(tx, { orgId: ctx.org.id, actor: ctx.actor, action: "runs.bulk_replayed", metadata: { count: fresh.length, workflowId: input.workflowId ?? null } });
    return fresh;
  });
  for (const run of created) await enqueueRun({ id: run.id, orgId: ctx.org.id });
  return { replayed: created.length };
}
