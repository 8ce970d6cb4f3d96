import { eq } from "drizzle-orm";
import { DomainError } from "@/core/errors/domain-errors";
import { invitations, organizations, users } from "@/server/db/schema";
import type { DbOrTx } from "@/server/db/types";
import { hashInvitationToken } from "./invitation-token";

/** Looks an invitation up by the token in its link (only the hash is stored). Locks the row inside a transaction. */
export async function findInvitationByToken(db: DbOrTx, token: string) {
  const [row] = await db
    .select({
      invitation: invitations,
      org: { id: organizations.id, name: organizations.name, slug: organizations.slug },
      inviterName: users.name,
      inviterEmail: users.email,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.orgId))
    .leftJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)))
    .limit(1)
    .for("update", { of: invitations });
  if (!row) throw new DomainError("NOT_FOUND", "This invitation link is not valid. Check that you copied the whole link, or ask for a new invitation.");
  return row;
}
