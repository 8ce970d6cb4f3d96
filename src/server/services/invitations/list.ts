import { and, desc, eq, isNull } from "drizzle-orm";
import { invitations, users } from "@/server/db/schema";
import type { ServiceContext } from "../context";

export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

export function invitationStatus(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationStatus {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt <= now) return "expired";
  return "pending";
}

/** Invitations not yet accepted: pending ones first, then expired and revoked for the record. */
export async function listInvitations({ ctx }: { ctx: ServiceContext }) {
  const rows = await ctx.db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      createdAt: invitations.createdAt,
      invitedBy: users.email,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(and(eq(invitations.orgId, ctx.org.id), isNull(invitations.acceptedAt)))
    .orderBy(desc(invitations.createdAt))
    .limit(200);
  const now = new Date();
  return rows.map(({ acceptedAt, revokedAt, ...rest }) => ({
    ...rest,
    status: invitationStatus({ acceptedAt, revokedAt, expiresAt: rest.expiresAt }, now),
  }));
}
