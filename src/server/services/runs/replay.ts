import { z } from "zod";
import { invalid } from "@/core/errors/domain-errors";
import { insertReplayOf } from "@/server/runs/create-run";
import type { ServiceContext } from "../context";
import { enqueueRun } from "./enqueue-run";
import { getRunInOrg } from "./get-run-in-org";
import type { runIdInput } from "./run-inputs";

export const rerunFromNodeInput = z.object({ runId: z.uuid("Unknown run."), nodeId: z.string().min(1).max(64) });

/** Runs the same version again with the same trigger payload, as a new run linked to the original. */
export async function replayRun({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof runIdInput> }) {
  const original = await getRunInOrg(ctx, input.runId);
  const run = await insertReplayOf(ctx.db, original);
  await enqueueRun({ id: run.id, orgId: ctx.org.id });
  return { runId: run.id };
}

/** A new run of the same version that reuses the outputs of the steps that succeeded before `nodeId`. */
export async function rerunFromNode({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof rerunFromNodeInput> }) {
  const original = await getRunInOrg(ctx, input.runId);
  if (original.status !== "failed") throw invalid("Only a failed run can be re-run from a node; use Replay for the others.");
  const run = await insertReplayOf(ctx.db, original, { rerunFromNodeId: input.nodeId });
  await enqueueRun({ id: run.id, orgId: ctx.org.id });
  return { runId: run.id };
}
