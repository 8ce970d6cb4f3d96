import { z } from "zod";
import { workflows } from "@/server/db/schema/workflows";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { definitionJsonSchema, starterDefinition, workflowNameSchema } from "./workflow-inputs";

export const createWorkflowInput = z.object({
  name: workflowNameSchema,
  description: z.string().trim().max(500).default(""),
  definition: definitionJsonSchema.optional(),
});

export async function createWorkflow({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof createWorkflowInput> }) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(workflows)
      .values({
        orgId: ctx.org.id,
        name: input.name,
        description: input.description,
        draft: input.definition ?? starterDefinition(),
        createdByUserId: ctx.actor.type === "user" ? ctx.actor.userId : null,
      })
      .returning({ id: workflows.id, name: workflows.name });
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "workflow.created",
      target: { type: "workflow", id: row!.id, label: row!.name },
    });
    return row!;
  });
}
