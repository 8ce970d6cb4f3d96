import { and, asc, eq } from "drizzle-orm";
import { conflict } from "@/core/errors/domain-errors";
import { memberships } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";

/**
 * Locks the org's owner rows, always in id order. Call it first in every transaction that may demote or
 * remove an owner, before locking any single membership: two such transactions then queue on the same
 * rows instead of each holding one owner row and deadlocking on the other.
 */
export async function lockOwnerRows(tx: Tx, orgId: string) {
  return tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, "owner")))
    .orderBy(asc(memberships.id))
    .for("update");
}

/** Locks the org's owner rows and refuses a change that would leave it without an owner. */
export async function assertNotLastOwner(tx: Tx, orgId: string, membershipId: string, message: string) {
  const owners = await lockOwnerRows(tx, orgId);
  if (owners.length <= 1 && owners.some((o) => o.id === membershipId)) throw conflict(message);
}
