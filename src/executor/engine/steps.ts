import { asc, eq } from "drizzle-orm";
import type { Queryable } from "../storage/database";
import { executorSteps, type StepOutcome } from "../storage/schema";
import type { Work } from "./context";

/** Memoizes a step outcome; a second write for the same step is ignored (the first one wins). Returns whether it was new. */
export async function storeStep(work: Work, run: { id: string; functionId: string }, stepId: string, outcome: StepOutcome): Promise<boolean> {
  const inserted = await work.q
    .insert(executorSteps)
    .values({ runId: run.id, stepId, outcome, createdAt: work.ctx.clock.now() })
    .onConflictDoNothing()
    .returning({ stepId: executorSteps.stepId });
  if (inserted.length === 0) return false;
  work.notes.push({ type: "step.finished", runId: run.id, functionId: run.functionId, stepId, outcome: "data" in outcome ? "data" : "error" });
  return true;
}

/** The memo sent back to the SDK, and the stack (step ids in the order they completed). */
export async function loadSteps(q: Queryable, runId: string): Promise<{ steps: Record<string, StepOutcome>; stack: string[] }> {
  const rows = await q.select().from(executorSteps).where(eq(executorSteps.runId, runId)).orderBy(asc(executorSteps.seq));
  return { steps: Object.fromEntries(rows.map((row) => [row.stepId, row.outcome])), stack: rows.map((row) => row.stepId) };
}

export async function hasStep(q: Queryable, runId: string, stepId: string): Promise<boolean> {
  const { steps } = await loadSteps(q, runId);
  return stepId in steps;
}
