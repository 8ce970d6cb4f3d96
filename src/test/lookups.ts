import { and, count, eq } from "drizzle-orm";
import type { Role } from "@/core/authz";
import { memberships } from "@/server/db/schema";
import type { Db } from "@/server/db/types";

/** The membership row of a user in an org, or null when they are not a member. */
export async function membershipOf(db: Db, orgId: string, userId: string): Promise<{ id: string; role: Role } | null> {
  const [row] = await db
    .select({ id: memberships.id, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  return row ?? null;
}

/** Like membershipOf, for a user the test knows is a member. */
export async function membershipIdOf(db: Db, orgId: string, userId: string): Promise<string> {
  const row = await membershipOf(db, orgId, userId);
  if (!row) throw new Error(`User ${userId} is not a member of org ${orgId}.`);
  return row.id;
}

export async function ownerCount(db: Db, orgId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, "owner")));
  return row!.n;
}
