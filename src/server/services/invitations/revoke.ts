import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { gone, notFound } from "@/core/errors/domain-errors";
import { invitations } from "@/server/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";

export const revokeInvitationInput = z.object({ invitationId: z.uuid("Unknown invitation.") });

export async function revokeInvitation({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof revokeInvitationInput> }) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.orgId, ctx.org.id), eq(invitations.id, input.invitationId)))
      .for("update");
    if (!row) throw notFound("Invitation");
    if (row.acceptedAt) throw gone(`The invitation for ${row.email} was already accepted; remove the member instead.`);
    if (row.revokedAt) return { revoked: true as const };
    await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.orgId, ctx.org.id), eq(invitations.id, row.id), isNull(invitations.acceptedAt)));
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "invitation.revoked",
      target: { type: "invitation", id: row.id, label: row.email },
      metadata: { role: row.role },
    });
    return { revoked: true as const };
  });
}
