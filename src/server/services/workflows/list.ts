import { desc, eq } from "drizzle-orm";
import { workflows, workflowVersions } from "@/server/db/schema/workflows";
import type { ServiceContext } from "../context";

export async function listWorkflows({ ctx }: { ctx: ServiceContext }) {
  return ctx.db
    .select({
      id: workflows.id,
      name: workflows.name,
      description: workflows.description,
      enabled: workflows.enabled,
      updatedAt: workflows.updatedAt,
      publishedVersion: workflowVersions.version,
      publishedAt: workflowVersions.publishedAt,
    })
    .from(workflows)
    .leftJoin(workflowVersions, eq(workflowVersions.id, workflows.publishedVersionId))
    .where(eq(workflows.orgId, ctx.org.id))
    .orderBy(desc(workflows.updatedAt))
    .limit(500);
}
