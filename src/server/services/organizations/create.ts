import { eq } from "drizzle-orm";
import { z } from "zod";
import { conflict } from "@/core/errors/domain-errors";
import { orgNameSchema } from "@/core/orgs/org-name";
import { slugify } from "@/core/orgs/slug";
import { memberships, organizations } from "@/server/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { UserContext } from "../context";

export const createOrganizationInput = z.object({ name: orgNameSchema });

/** Creates an organization with the caller as its owner. The slug comes from the name; a clash is an error, not a silent suffix. */
export async function createOrganization({ ctx, input }: { ctx: UserContext; input: z.infer<typeof createOrganizationInput> }) {
  const slug = slugify(input.name);
  const clash = () =>
    conflict(`The URL "${slug}" is already taken by another organization. Choose a different name.`, "name");
  const existing = await ctx.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug)).limit(1);
  if (existing.length > 0) throw clash();

  return ctx.db.transaction(async (tx) => {
    const [org] = await tx
      .insert(organizations)
      .values({ name: input.name, slug })
      .onConflictDoNothing({ target: organizations.slug })
      .returning();
    if (!org) throw clash();
    await tx.insert(memberships).values({ orgId: org.id, userId: ctx.user.id, role: "owner" });
    await recordAudit(tx, {
      orgId: org.id,
      actor: { type: "user", userId: ctx.user.id, label: ctx.user.email },
      action: "org.created",
      target: { type: "organization", id: org.id, label: org.name },
      metadata: { slug },
    });
    return { id: org.id, name: org.name, slug: org.slug };
  });
}
