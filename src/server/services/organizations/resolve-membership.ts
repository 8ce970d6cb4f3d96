import { and, eq } from "drizzle-orm";
import { notFound } from "@/core/errors/domain-errors";
import { memberships, organizations } from "@/server/db/schema";
import type { Db } from "@/server/db/types";

/**
 * Finds an org by slug together with the user's membership. Not being a member looks exactly like
 * the org not existing, so slugs of other tenants leak nothing.
 */
export async function resolveMembership(db: Db, orgSlug: string, userId: string) {
  const [row] = await db
    .select({
      org: { id: organizations.id, name: organizations.name, slug: organizations.slug },
      membershipId: memberships.id,
      role: memberships.role,
    })
    .from(organizations)
    .innerJoin(memberships, and(eq(memberships.orgId, organizations.id), eq(memberships.userId, userId)))
    .where(eq(organizations.slug, orgSlug))
    .limit(1);
  if (!row) throw notFound("Organization");
  return row;
}
