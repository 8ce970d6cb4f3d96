import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { clientErrorOf } from "@/server/api/__tests__/client-error";
import { auditLogs, memberships, users } from "@/server/db/schema";
import type { SignedInUser } from "@/server/services/context";
import { callerFor, createOrgWithEveryRole, createUser, type SeededOrg } from "@/test/fixtures";
import { membershipIdOf, membershipOf, ownerCount } from "@/test/lookups";
import { freshTestDatabase } from "@/test/fresh-test-database";

const db = freshTestDatabase();

async function auditOf(orgId: string, action: string) {
  return db
    .select({
      actorType: auditLogs.actorType,
      actorId: auditLogs.actorId,
      actorLabel: auditLogs.actorLabel,
      targetType: auditLogs.targetType,
      targetId: auditLogs.targetId,
      targetLabel: auditLogs.targetLabel,
      metadata: auditLogs.metadata,
    })
    .from(auditLogs)
    .where(and(eq(auditLogs.orgId, orgId), eq(auditLogs.action, action)));
}

/** An org with the seeded roles plus a second owner. */
async function orgWithTwoOwners(name: string): Promise<SeededOrg & { secondOwner: SignedInUser }> {
  const seeded = await createOrgWithEveryRole(db, name);
  const secondOwner = await createUser(db, "second-owner");
  await db.insert(memberships).values({ orgId: seeded.org.id, userId: secondOwner.id, role: "owner" });
  return { ...seeded, secondOwner };
}

/**
 * The refused side of a race must get a domain answer, not a 500 from a database deadlock. Usually that is
 * CONFLICT "last owner"; if its request only started after the winner committed, it is FORBIDDEN (no longer
 * an owner) or NOT_FOUND (no longer a member), which are just as correct.
 */
async function expectLoserRefusedCleanly(outcomes: PromiseSettledResult<unknown>[]) {
  const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
  expect(rejected).toHaveLength(1);
  const error = await clientErrorOf(Promise.reject(rejected[0]!.reason));
  expect(["CONFLICT", "FORBIDDEN", "NOT_FOUND"]).toContain(error.code);
  if (error.code === "CONFLICT") expect(error.message).toMatch(/last owner/i);
}

describe("member.changeRole", () => {
  it("viewer → editor changes the role and writes member.role_changed with {from, to}", async () => {
    const seeded = await createOrgWithEveryRole(db, "Change role");
    const { owner, viewer } = seeded.members;
    const membershipId = await membershipIdOf(db, seeded.org.id, viewer.id);

    const result = await callerFor(db, owner).member.changeRole({ orgSlug: seeded.org.slug, membershipId, role: "editor" });
    expect(result).toEqual({ membershipId, role: "editor" });
    expect((await membershipOf(db, seeded.org.id, viewer.id))?.role).toBe("editor");
    expect(await auditOf(seeded.org.id, "member.role_changed")).toEqual([
      {
        actorType: "user",
        actorId: owner.id,
        actorLabel: owner.email,
        targetType: "user",
        targetId: viewer.id,
        targetLabel: viewer.email,
        metadata: { from: "viewer", to: "editor" },
      },
    ]);
  });

  it("setting the role a member already has changes nothing and writes no audit row", async () => {
    const seeded = await createOrgWithEveryRole(db, "Same role");
    const membershipId = await membershipIdOf(db, seeded.org.id, seeded.members.editor.id);
    await callerFor(db, seeded.members.owner).member.changeRole({ orgSlug: seeded.org.slug, membershipId, role: "editor" });
    expect(await auditOf(seeded.org.id, "member.role_changed")).toEqual([]);
  });

  it("is atomic with its audit row: when the audit insert fails, the role change is rolled back", async () => {
    const seeded = await createOrgWithEveryRole(db, "Atomic");
    const membershipId = await membershipIdOf(db, seeded.org.id, seeded.members.viewer.id);
    // Make exactly this audit insert fail inside the database, then restore the table.
    await db.execute(
      sql`alter table audit_logs add constraint test_block_role_changed check (action <> 'member.role_changed') not valid`,
    );
    try {
      const error = await clientErrorOf(
        callerFor(db, seeded.members.owner).member.changeRole({ orgSlug: seeded.org.slug, membershipId, role: "editor" }),
      );
      expect(error.code).toBe("INTERNAL_SERVER_ERROR");
      expect(error.message).not.toMatch(/constraint|audit_logs/i);
    } finally {
      await db.execute(sql`alter table audit_logs drop constraint test_block_role_changed`);
    }
    expect((await membershipOf(db, seeded.org.id, seeded.members.viewer.id))?.role).toBe("viewer");
    expect(await auditOf(seeded.org.id, "member.role_changed")).toEqual([]);

    // With the audit table healthy again the same change goes through, so the failure above was the audit insert.
    await callerFor(db, seeded.members.owner).member.changeRole({ orgSlug: seeded.org.slug, membershipId, role: "editor" });
    expect((await membershipOf(db, seeded.org.id, seeded.members.viewer.id))?.role).toBe("editor");
  });

  it("is atomic the other way too: when the change fails at commit, no audit row is left behind", async () => {
    const seeded = await createOrgWithEveryRole(db, "Atomic commit");
    const membershipId = await membershipIdOf(db, seeded.org.id, seeded.members.viewer.id);
    // A deferred trigger refuses the membership update only at COMMIT, i.e. after the audit insert ran.
    // An audit row written outside the transaction would survive this; one written inside it cannot.
    await db.execute(
      sql`create function test_refuse_commit() returns trigger language plpgsql as $$ begin raise exception 'test: commit refused'; end $$`,
    );
    await db.execute(
      sql`create constraint trigger test_refuse_membership_commit after update on memberships deferrable initially deferred for each row execute function test_refuse_commit()`,
    );
    try {
      const error = await clientErrorOf(
        callerFor(db, seeded.members.owner).member.changeRole({ orgSlug: seeded.org.slug, membershipId, role: "editor" }),
      );
      expect(error.code).toBe("INTERNAL_SERVER_ERROR");
    } finally {
      await db.execute(sql`drop trigger test_refuse_membership_commit on memberships`);
      await db.execute(sql`drop function test_refuse_commit()`);
    }
    expect((await membershipOf(db, seeded.org.id, seeded.members.viewer.id))?.role).toBe("viewer");
    expect(await auditOf(seeded.org.id, "member.role_changed")).toEqual([]);
  });
});

describe("member.remove", () => {
  it("removes the membership (not the user) and writes member.removed", async () => {
    const seeded = await createOrgWithEveryRole(db, "Remove");
    const { admin, editor } = seeded.members;
    const membershipId = await membershipIdOf(db, seeded.org.id, editor.id);

    expect(await callerFor(db, admin).member.remove({ orgSlug: seeded.org.slug, membershipId })).toEqual({ removed: true });
    expect(await membershipOf(db, seeded.org.id, editor.id)).toBeNull();
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, editor.id))).toHaveLength(1);
    expect(await auditOf(seeded.org.id, "member.removed")).toEqual([
      expect.objectContaining({ actorId: admin.id, targetId: editor.id, targetLabel: editor.email, metadata: { role: "editor" } }),
    ]);
    // The removed member no longer gets in.
    expect((await clientErrorOf(callerFor(db, editor).org.get({ orgSlug: seeded.org.slug }))).code).toBe("NOT_FOUND");
  });

  it("an owner may remove another owner while one remains", async () => {
    const seeded = await orgWithTwoOwners("Remove owner");
    const membershipId = await membershipIdOf(db, seeded.org.id, seeded.secondOwner.id);
    await callerFor(db, seeded.members.owner).member.remove({ orgSlug: seeded.org.slug, membershipId });
    expect(await membershipOf(db, seeded.org.id, seeded.secondOwner.id)).toBeNull();
    expect(await ownerCount(db, seeded.org.id)).toBe(1);
  });
});

describe("member.leave", () => {
  it("removes the caller's own membership and writes member.left", async () => {
    const seeded = await createOrgWithEveryRole(db, "Leave");
    const { viewer } = seeded.members;
    expect(await callerFor(db, viewer).member.leave({ orgSlug: seeded.org.slug })).toEqual({ left: true });
    expect(await membershipOf(db, seeded.org.id, viewer.id)).toBeNull();
    expect(await auditOf(seeded.org.id, "member.left")).toEqual([
      expect.objectContaining({ actorId: viewer.id, targetId: viewer.id, metadata: { role: "viewer" } }),
    ]);
    expect(await callerFor(db, viewer).org.listMine()).toEqual([]);
  });

  it("an owner may leave when another owner remains", async () => {
    const seeded = await orgWithTwoOwners("Owner leaves");
    await callerFor(db, seeded.members.owner).member.leave({ orgSlug: seeded.org.slug });
    expect(await membershipOf(db, seeded.org.id, seeded.members.owner.id)).toBeNull();
    expect(await ownerCount(db, seeded.org.id)).toBe(1);
  });
});

describe("two owners", () => {
  it("one owner can demote the other; the demoted one then can no longer demote back", async () => {
    const seeded = await orgWithTwoOwners("Two owners");
    const first = seeded.members.owner;
    const second = seeded.secondOwner;
    const secondMembership = await membershipIdOf(db, seeded.org.id, second.id);
    const firstMembership = await membershipIdOf(db, seeded.org.id, first.id);

    await callerFor(db, first).member.changeRole({ orgSlug: seeded.org.slug, membershipId: secondMembership, role: "admin" });
    expect((await membershipOf(db, seeded.org.id, second.id))?.role).toBe("admin");
    expect(await ownerCount(db, seeded.org.id)).toBe(1);

    const error = await clientErrorOf(
      callerFor(db, second).member.changeRole({ orgSlug: seeded.org.slug, membershipId: firstMembership, role: "admin" }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect((await membershipOf(db, seeded.org.id, first.id))?.role).toBe("owner");
  });

  it("two concurrent demotions of the two owners leave exactly one owner", async () => {
    for (let round = 0; round < 8; round++) {
      const seeded = await orgWithTwoOwners(`Demote race ${round}`);
      const first = seeded.members.owner;
      const second = seeded.secondOwner;
      const firstMembership = await membershipIdOf(db, seeded.org.id, first.id);
      const secondMembership = await membershipIdOf(db, seeded.org.id, second.id);

      const outcomes = await Promise.allSettled([
        callerFor(db, first).member.changeRole({ orgSlug: seeded.org.slug, membershipId: secondMembership, role: "admin" }),
        callerFor(db, second).member.changeRole({ orgSlug: seeded.org.slug, membershipId: firstMembership, role: "admin" }),
      ]);

      expect(await ownerCount(db, seeded.org.id)).toBeGreaterThanOrEqual(1);
      expect(await ownerCount(db, seeded.org.id)).toBe(1);
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      expect(await auditOf(seeded.org.id, "member.role_changed")).toHaveLength(1);
      await expectLoserRefusedCleanly(outcomes);
    }
  });

  it("two owners removing each other at the same time leave exactly one owner", async () => {
    for (let round = 0; round < 8; round++) {
      const seeded = await orgWithTwoOwners(`Remove race ${round}`);
      const firstMembership = await membershipIdOf(db, seeded.org.id, seeded.members.owner.id);
      const secondMembership = await membershipIdOf(db, seeded.org.id, seeded.secondOwner.id);
      const outcomes = await Promise.allSettled([
        callerFor(db, seeded.members.owner).member.remove({ orgSlug: seeded.org.slug, membershipId: secondMembership }),
        callerFor(db, seeded.secondOwner).member.remove({ orgSlug: seeded.org.slug, membershipId: firstMembership }),
      ]);
      expect(await ownerCount(db, seeded.org.id)).toBe(1);
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      await expectLoserRefusedCleanly(outcomes);
    }
  });

  it("two owners leaving at the same time leave exactly one owner", async () => {
    for (let round = 0; round < 8; round++) {
      const seeded = await orgWithTwoOwners(`Leave race ${round}`);
      const outcomes = await Promise.allSettled([
        callerFor(db, seeded.members.owner).member.leave({ orgSlug: seeded.org.slug }),
        callerFor(db, seeded.secondOwner).member.leave({ orgSlug: seeded.org.slug }),
      ]);
      expect(await ownerCount(db, seeded.org.id)).toBe(1);
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      await expectLoserRefusedCleanly(outcomes);
    }
  });
});
