import { asc, eq } from "drizzle-orm";
import { memberships, organizations } from "@/server/db/schema";
import type { UserContext } from "../context";

/** The organizations the signed-in user belongs to, with their role in each. */
export async function listMyOrganizations({ ctx }: { ctx: UserContext }) {
  return ctx.db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(eq(memberships.userId, ctx.user.id))
    .orderBy(asc(organizations.name));
}
