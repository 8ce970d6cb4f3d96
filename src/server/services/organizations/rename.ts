import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { conflict } from "@/core/errors/domain-errors";
import { orgNameSchema } from "@/core/orgs/org-name";
import { slugify } from "@/core/orgs/slug";
import { organizations } from "@/server/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";

export const renameOrganizationInput = z.object({ name: orgNameSchema });

/** Renames the org; its slug follows the new name so URLs stay readable. */
export async function renameOrganization({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof renameOrganizationInput> }) {
  const slug = slugify(input.name);
  const clash = await ctx.db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.slug, slug), ne(organizations.id, ctx.org.id)))
    .limit(1);
  if (clash.length > 0) throw conflict(`The URL "${slug}" is already taken by another organization. Choose a different name.`, "name");

  return ctx.db.transaction(async (tx) => {
    const [org] = await tx
      .update(organizations)
      .set({ name: input.name, slug, updatedAt: new Date() })
      .where(eq(organizations.id, ctx.org.id))
      .returning({ id: organizations.id, name: organizations.name, slug: organizations.slug });
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "org.renamed",
      target: { type: "organization", id: ctx.org.id, label: input.name },
      metadata: { from: { name: ctx.org.name, slug: ctx.org.slug }, to: { name: input.name, slug } },
    });
    return org!;
  });
}
