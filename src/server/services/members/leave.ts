import { and, eq } from "drizzle-orm";
import { invalid } from "@/core/errors/domain-errors";
import { memberships } from "@/server/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { assertNotLastOwner, lockOwnerRows } from "./assert-not-last-owner";

export async function leaveOrganization({ ctx }: { ctx: ServiceContext }) {
  if (ctx.actor.type !== "user") throw invalid("Only a signed-in member can leave an organization.");
  const userId = ctx.actor.userId;
  return ctx.db.transaction(async (tx) => {
    await lockOwnerRows(tx, ctx.org.id);
    const [mine] = await tx
      .select({ id: memberships.id, role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.orgId, ctx.org.id), eq(memberships.userId, userId)))
      .for("update");
    if (!mine) return { left: true as const };
    if (mine.role === "owner") {
      await assertNotLastOwner(
        tx,
        ctx.org.id,
        mine.id,
        "You are the last owner. Make another member an owner, or delete the organization, before leaving.",
      );
    }
    await tx.delete(memberships).where(and(eq(memberships.orgId, ctx.org.id), eq(memberships.id, mine.id)));
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "member.left",
      target: { type: "user", id: userId, label: ctx.actor.label },
      metadata: { role: mine.role },
    });
    return { left: true as const };
  });
}
