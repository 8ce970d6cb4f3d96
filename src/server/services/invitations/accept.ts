import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import { conflict, forbidden, gone } from "@/core/errors/domain-errors";
import { invitations, memberships } from "@/server/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { UserContext } from "../context";
import { findInvitationByToken } from "./find-by-token";
import type { invitationTokenInput } from "./preview";

/** Accepts an invitation for the signed-in user. Single use: the row is locked, checked and marked in one transaction. */
export async function acceptInvitation({ ctx, input }: { ctx: UserContext; input: z.infer<typeof invitationTokenInput> }) {
  return ctx.db.transaction(async (tx) => {
    const { invitation, org } = await findInvitationByToken(tx, input.token);
    if (invitation.acceptedAt) throw gone("This invitation has already been used. Ask an admin of the organization for a new one.");
    if (invitation.revokedAt) throw gone("This invitation was withdrawn. Ask an admin of the organization for a new one.");
    if (invitation.expiresAt <= new Date()) {
      throw gone(`This invitation expired on ${invitation.expiresAt.toUTCString()}. Ask an admin of the organization for a new one.`);
    }
    if (invitation.email !== ctx.user.email.toLowerCase()) {
      throw forbidden(`This invitation is for ${invitation.email}. Sign in with that address to accept it.`);
    }
    const existing = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.orgId, org.id), eq(memberships.userId, ctx.user.id)))
      .limit(1);
    if (existing.length > 0) throw conflict(`You are already a member of ${org.name}.`);

    await tx
      .update(invitations)
      .set({ acceptedAt: new Date(), acceptedByUserId: ctx.user.id })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)));
    await tx.insert(memberships).values({ orgId: org.id, userId: ctx.user.id, role: invitation.role });
    await recordAudit(tx, {
      orgId: org.id,
      actor: { type: "user", userId: ctx.user.id, label: ctx.user.email },
      action: "invitation.accepted",
      target: { type: "user", id: ctx.user.id, label: ctx.user.email },
      metadata: { role: invitation.role, invitationId: invitation.id },
    });
    return { orgSlug: org.slug, orgName: org.name, role: invitation.role };
  });
}
