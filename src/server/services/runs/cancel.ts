import type { z } from "zod";
import { conflict } from "@/core/errors/domain-errors";
import { setRunStatus, TERMINAL_RUN_STATUSES } from "@/server/runs/run-status";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { getRunInOrg } from "./get-run-in-org";
import type { runIdInput } from "./run-inputs";

/**
 * Cancels a queued, running, sleeping or waiting run. The run is marked at once; its function stops at
 * the next step boundary (a sleeping or waiting run when it wakes), and no further step executes.
 */
export async function cancelRun({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof runIdInput> }) {
  const run = await getRunInOrg(ctx, input.runId);
  if (TERMINAL_RUN_STATUSES.includes(run.status)) throw conflict(`This run already ${run.status === "cancelled" ? "was cancelled" : run.status}; nothing to cancel.`);
  await ctx.db.transaction(async (tx) => {
    await setRunStatus(tx, run.id, "cancelled", { finishedAt: new Date() });
    await recordAudit(tx, { orgId: ctx.org.id, actor: ctx.actor, action: "run.cancelled", target: { type: "run", id: run.id } });
  });
  return { cancelled: true as const };
}
