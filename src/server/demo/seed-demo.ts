import { count } from "drizzle-orm";
import { hashPassword } from "@/server/auth/password-hash";
import { memberships, organizations, users } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { recordAudit } from "@/server/services/audit/record-audit";

import { createWorkflow } from "@/server/services/workflows/create";
import { publishWorkflow } from "@/server/services/workflows/publish";
import { DEMO_EMAIL, DEMO_ORG_SLUG, DEMO_PASSWORD } from "./demo-account";
import { DEMO_WORKFLOWS } from "./demo-workflows";

export { DEMO_EMAIL, DEMO_ORG_SLUG, DEMO_PASSWORD };

const TEAMMATES = [
  { name: "Ada Lovelace", email: "ada@junction.local", role: "admin" },
  { name: "Grace Hopper", email: "grace@junction.local", role: "editor" },
  { name: "Linus Pauling", email: "linus@junction.local", role: "viewer" },
] as const;

/**
 * On an empty database, creates a demo user who owns a demo organization with a few teammates and a few
 * published starter workflows. Returns false (and does nothing) when any user already exists.
 */
export async function seedDemo(db: Db): Promise<boolean> {
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(users);
  if (n > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { owner, org } = await db.transaction(async (tx) => {
    const [owner] = await tx.insert(users).values({ name: "Demo User", email: DEMO_EMAIL, passwordHash }).returning();
    const [org] = await tx.insert(organizations).values({ name: "Demo", slug: DEMO_ORG_SLUG }).returning();
    await tx.insert(memberships).values({ orgId: org!.id, userId: owner!.id, role: "owner" });
    const system = { type: "system", label: "Demo seed" } as const;
    await recordAudit(tx, { orgId: org!.id, actor: system, action: "org.created", target: { type: "organization", id: org!.id, label: org!.name } });
    for (const mate of TEAMMATES) {
      const [user] = await tx.insert(users).values({ name: mate.name, email: mate.email, passwordHash }).returning();
      await tx.insert(memberships).values({ orgId: org!.id, userId: user!.id, role: mate.role });
      await recordAudit(tx, {
        orgId: org!.id,
        actor: system,
        action: "invitation.accepted",
        target: { type: "user", id: user!.id, label: mate.email },
        metadata: { role: mate.role },
      });
    }
    return { owner: owner!, org: org! };
  });
  // Through the same services the UI uses, so each definition is validated and its schedule synced on publish.
  const ctx = { db, org, role: "owner" as const, actor: { type: "user" as const, userId: owner.id, label: DEMO_EMAIL } };
  for (const workflow of DEMO_WORKFLOWS) {
    const { id } = await createWorkflow({ ctx, input: { name: workflow.name, description: workflow.description, definition: workflow.definition } });
    await publishWorkflow({ ctx, input: { workflowId: id } });
  }
  return true;
}
