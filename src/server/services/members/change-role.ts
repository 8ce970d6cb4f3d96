import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { canActOnMember, canAssignRole, ROLE_LABELS, ROLES } from "@/core/authz";
import { forbidden } from "@/core/errors/domain-errors";
import { memberships } from "@/server/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { assertNotLastOwner, lockOwnerRows } from "./assert-not-last-owner";
import { getMembershipInOrg } from "./get-membership-in-org";

export const changeRoleInput = z.object({
  membershipId: z.uuid("Unknown member."),
  role: z.enum(ROLES, "Role must be one of owner, admin, editor or viewer."),
});

export async function changeMemberRole({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof changeRoleInput> }) {
  return ctx.db.transaction(async (tx) => {
    await lockOwnerRows(tx, ctx.org.id);
    const member = await getMembershipInOrg(ctx, input.membershipId, tx);
    if (!canActOnMember(ctx.role, member.role)) {
      throw forbidden(`Only owners can change the role of an ${ROLE_LABELS[member.role].toLowerCase()}.`);
    }
    if (!canAssignRole(ctx.role, input.role)) {
      throw forbidden(`Only owners can make someone an ${ROLE_LABELS[input.role].toLowerCase()}.`);
    }
    if (member.role === input.role) return { membershipId: member.id, role: member.role };
    if (member.role === "owner") {
      await assertNotLastOwner(
        tx,
        ctx.org.id,
        member.id,
        `${member.email} is the last owner. Make another member an owner before changing this role.`,
      );
    }
    await tx
      .update(memberships)
      .set({ role: input.role })
      .where(and(eq(memberships.orgId, ctx.org.id), eq(memberships.id, member.id)));
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "member.role_changed",
      target: { type: "user", id: member.userId, label: member.email },
      metadata: { from: member.role, to: input.role },
    });
    return { membershipId: member.id, role: input.role };
  });
}
