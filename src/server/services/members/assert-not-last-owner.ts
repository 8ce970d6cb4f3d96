import { and, eq } from "drizzle-orm";
import { conflict } from "@/core/errors/domain-errors";
import { memberships } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";

/** Locks the org's owner rows and refuses a change that would leave it without an owner. */
export async function assertNotLastOwner(tx: Tx, orgId: string, membershipId: string, message: string) {
  const owners = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, "owner")))
    .for("update");
  if (owners.length <= 1 && owners.some((o) => o.id === membershipId)) throw conflict(message);
}
