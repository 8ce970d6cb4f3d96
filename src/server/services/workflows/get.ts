import { and, desc, eq } from "drizzle-orm";
import type { z } from "zod";
import { workflowVersions } from "@/server/db/schema/workflows";
import type { ServiceContext } from "../context";
import { getWorkflowInOrg } from "./get-workflow-in-org";
import { validateDraft } from "./validate-draft";
import type { workflowIdInput } from "./workflow-inputs";

/** A workflow with its draft, the draft's validation issues and its published versions. */
export async function getWorkflow({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof workflowIdInput> }) {
  const workflow = await getWorkflowInOrg(ctx, input.workflowId);
  const versions = await ctx.db
    .select({ id: workflowVersions.id, version: workflowVersions.version, publishedAt: workflowVersions.publishedAt })
    .from(workflowVersions)
    .where(and(eq(workflowVersions.orgId, ctx.org.id), eq(workflowVersions.workflowId, workflow.id)))
    .orderBy(desc(workflowVersions.version));
  const validation = validateDraft(workflow.draft);
  return {
    id: workflow.id,
    name: workflow.name,
    description: workflow.description,
    enabled: workflow.enabled,
    draft: workflow.draft,
    updatedAt: workflow.updatedAt,
    publishedVersionId: workflow.publishedVersionId,
    issues: validation.ok ? [] : validation.issues,
    versions,
  };
}
