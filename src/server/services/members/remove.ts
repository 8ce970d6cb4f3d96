import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { canActOnMember, ROLE_LABELS } from "@/core/authz";
import { forbidden, invalid } from "@/core/errors/domain-errors";
import { memberships } from "@/server/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { assertNotLastOwner, lockOwnerRows } from "./assert-not-last-owner";
import { getMembershipInOrg } from "./get-membership-in-org";

export const removeMemberInput = z.object({ membershipId: z.uuid("Unknown member.") });

export async function removeMember({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof removeMemberInput> }) {
  return ctx.db.transaction(async (tx) => {
    await lockOwnerRows(tx, ctx.org.id);
    const member = await getMembershipInOrg(ctx, input.membershipId, tx);
    if (ctx.actor.type === "user" && member.userId === ctx.actor.userId) {
      throw invalid("To remove yourself, use “Leave organization”.");
    }
    if (!canActOnMember(ctx.role, member.role)) {
      throw forbidden(`Only owners can remove an ${ROLE_LABELS[member.role].toLowerCase()}.`);
    }
    if (member.role === "owner") {
      await assertNotLastOwner(tx, ctx.org.id, member.id, `${member.email} is the last owner and cannot be removed.`);
    }
    await tx.delete(memberships).where(and(eq(memberships.orgId, ctx.org.id), eq(memberships.id, member.id)));
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "member.removed",
      target: { type: "user", id: member.userId, label: member.email },
      metadata: { role: member.role },
    });
    return { removed: true as const };
  });
}
