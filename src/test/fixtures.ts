import { randomUUID } from "node:crypto";
import type { Role } from "@/core/authz";
import { createCaller } from "@/server/api/root";
import { memberships, organizations, users } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import type { SignedInUser } from "@/server/services/context";

export async function createUser(db: Db, label = "user"): Promise<SignedInUser> {
  const email = `${label}-${randomUUID().slice(0, 8)}@example.com`;
  const [row] = await db.insert(users).values({ name: label, email }).returning();
  return { id: row!.id, name: row!.name, email: row!.email };
}

export interface SeededOrg {
  org: { id: string; name: string; slug: string };
  members: Record<Role, SignedInUser>;
}

/** An org with one member of each role. */
export async function createOrgWithEveryRole(db: Db, name = "Org"): Promise<SeededOrg> {
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomUUID().slice(0, 6)}`;
  const [org] = await db.insert(organizations).values({ name, slug }).returning();
  const members = {} as Record<Role, SignedInUser>;
  for (const role of ["owner", "admin", "editor", "viewer"] as const) {
    const user = await createUser(db, `${slug}-${role}`);
    await db.insert(memberships).values({ orgId: org!.id, userId: user.id, role });
    members[role] = user;
  }
  return { org: { id: org!.id, name: org!.name, slug: org!.slug }, members };
}

export function callerFor(db: Db, user: SignedInUser | null) {
  return createCaller({ db, user });
}
