import { eq } from "drizzle-orm";
import { z } from "zod";
import { invalid } from "@/core/errors/domain-errors";
import { organizations } from "@/server/db/schema";
import { logger } from "@/server/log/logger";
import type { ServiceContext } from "../context";

export const deleteOrganizationInput = z.object({ confirm: z.string() });

/**
 * Deletes the org and everything it owns (rows cascade). The caller must type the slug to confirm.
 * The org's audit trail goes with it, so the deletion itself is written to the structured log.
 */
export async function deleteOrganization({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof deleteOrganizationInput> }) {
  if (input.confirm.trim() !== ctx.org.slug) {
    throw invalid(`Type "${ctx.org.slug}" exactly to confirm deleting this organization.`, "confirm");
  }
  await ctx.db.delete(organizations).where(eq(organizations.id, ctx.org.id));
  logger.info({ event: "org.deleted", orgId: ctx.org.id, slug: ctx.org.slug, actor: ctx.actor }, "organization deleted");
  return { deleted: true as const };
}
