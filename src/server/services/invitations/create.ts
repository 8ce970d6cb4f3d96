import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { emailSchema } from "@/core/accounts/credentials-rules";
import { canAssignRole, ROLE_LABELS, ROLES } from "@/core/authz";
import { conflict, forbidden } from "@/core/errors/domain-errors";
import { env } from "@/env";
import { invitations, memberships, users } from "@/server/db/schema";
import { logger } from "@/server/log/logger";
import { sendInvitationEmail } from "@/server/mail/send-invitation-email";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { hashInvitationToken, INVITATION_TTL_MS, invitationLink, newInvitationToken } from "./invitation-token";

export const createInvitationInput = z.object({
  email: emailSchema,
  role: z.enum(ROLES, "Role must be one of owner, admin, editor or viewer."),
});

/**
 * Invites an email address with a role. Inviting an address that already has a pending invitation
 * replaces it (the old link stops working). The link is returned once, logged, and emailed if SMTP is set.
 */
export async function createInvitation({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof createInvitationInput> }) {
  if (!canAssignRole(ctx.role, input.role)) {
    throw forbidden(`Only owners can invite someone as ${ROLE_LABELS[input.role].toLowerCase()}.`);
  }
  const alreadyMember = await ctx.db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, ctx.org.id), eq(users.email, input.email)))
    .limit(1);
  if (alreadyMember.length > 0) throw conflict(`${input.email} is already a member of ${ctx.org.name}.`, "email");

  const token = newInvitationToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  const invitation = await ctx.db.transaction(async (tx) => {
    const now = new Date();
    const superseded = await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(invitations.orgId, ctx.org.id),
          eq(invitations.email, input.email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, now),
        ),
      )
      .returning({ id: invitations.id });
    const [row] = await tx
      .insert(invitations)
      .values({
        orgId: ctx.org.id,
        email: input.email,
        role: input.role,
        tokenHash: hashInvitationToken(token),
        invitedByUserId: ctx.actor.type === "user" ? ctx.actor.userId : null,
        expiresAt,
      })
      .returning({ id: invitations.id });
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "invitation.created",
      target: { type: "invitation", id: row!.id, label: input.email },
      metadata: { role: input.role, replaced: superseded.map((s) => s.id) },
    });
    return row!;
  });

  const link = invitationLink(env.APP_URL, token);
  logger.info({ event: "invitation.created", orgId: ctx.org.id, email: input.email, link }, "invitation link");
  const emailed = await sendInvitationEmail({
    to: input.email,
    orgName: ctx.org.name,
    inviterLabel: ctx.actor.label,
    role: ROLE_LABELS[input.role],
    link,
    expiresAt,
  });
  return { id: invitation.id, email: input.email, role: input.role, link, expiresAt, emailed };
}
