import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { workflows } from "@/server/db/schema/workflows";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { getWorkflowInOrg } from "./get-workflow-in-org";
import type { workflowIdInput } from "./workflow-inputs";

export async function deleteWorkflow({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof workflowIdInput> }) {
  return ctx.db.transaction(async (tx) => {
    const workflow = await getWorkflowInOrg(ctx, input.workflowId, tx);
    await tx.delete(workflows).where(and(eq(workflows.orgId, ctx.org.id), eq(workflows.id, workflow.id)));
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "workflow.deleted",
      target: { type: "workflow", id: workflow.id, label: workflow.name },
    });
    return { deleted: true as const };
  });
}
