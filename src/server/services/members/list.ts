import { asc, eq } from "drizzle-orm";
import { memberships, users } from "@/server/db/schema";
import type { ServiceContext } from "../context";

export async function listMembers({ ctx }: { ctx: ServiceContext }) {
  return ctx.db
    .select({
      membershipId: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      image: users.image,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, ctx.org.id))
    .orderBy(asc(memberships.createdAt));
}
