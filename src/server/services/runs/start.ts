import type { z } from "zod";
import { insertRun } from "@/server/runs/create-run";
import { getWorkflowInOrg } from "../workflows/get-workflow-in-org";
import type { ServiceContext } from "../context";
import { enqueueRun } from "./enqueue-run";
import type { startRunInput } from "./run-inputs";

/** Runs the workflow's published version now with the given payload as its manual trigger. */
export async function startRun({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof startRunInput> }) {
  const workflow = await getWorkflowInOrg(ctx, input.workflowId);
  const run = await insertRun(ctx.db, { orgId: ctx.org.id, workflowId: workflow.id, triggerKind: "manual", triggerPayload: input.payload ?? {} });
  await enqueueRun({ id: run.id, orgId: ctx.org.id });
  return { runId: run.id };
}
