import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { workflows } from "@/server/db/schema/workflows";
import type { ServiceContext } from "../context";
import { getWorkflowInOrg } from "./get-workflow-in-org";
import { orgActionCatalog } from "@/server/actions/action-catalog";
import { validateDraft } from "./validate-draft";
import { definitionJsonSchema, workflowNameSchema } from "./workflow-inputs";

export const saveDraftInput = z.object({
  workflowId: z.uuid("Unknown workflow."),
  name: workflowNameSchema.optional(),
  description: z.string().trim().max(500).optional(),
  definition: definitionJsonSchema,
});

/**
 * Saves the draft even when it does not validate yet — work in progress is never lost — and returns
 * the issues so the editor can show them; publishing is what requires a valid definition.
 */
export async function saveDraft({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof saveDraftInput> }) {
  const workflow = await getWorkflowInOrg(ctx, input.workflowId);
  const [row] = await ctx.db
    .update(workflows)
    .set({
      draft: input.definition,
      name: input.name ?? workflow.name,
      description: input.description ?? workflow.description,
      updatedAt: new Date(),
    })
    .where(and(eq(workflows.orgId, ctx.org.id), eq(workflows.id, workflow.id)))
    .returning({ updatedAt: workflows.updatedAt });
  const validation = validateDraft(input.definition, await orgActionCatalog(ctx.db, ctx.org.id));
  return { updatedAt: row!.updatedAt, issues: validation.ok ? [] : validation.issues };
}
