import { and, eq } from "drizzle-orm";
import { notFound } from "@/core/errors/domain-errors";
import { memberships, users } from "@/server/db/schema";
import type { DbOrTx } from "@/server/db/types";
import type { ServiceContext } from "../context";

/** Fetch-or-throw, scoped to the context's org: a membership of another org is NOT_FOUND. Locks the row inside a transaction. */
export async function getMembershipInOrg(ctx: ServiceContext, membershipId: string, tx: DbOrTx = ctx.db) {
  const [row] = await tx
    .select({ id: memberships.id, userId: memberships.userId, role: memberships.role, email: users.email, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, ctx.org.id), eq(memberships.id, membershipId)))
    .limit(1)
    .for("update", { of: memberships });
  if (!row) throw notFound("Member");
  return row;
}
