import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { invitations, organizations } from "@/server/db/schema";
import type { SignedInUser } from "@/server/services/context";
import { snapshotDb } from "@/test/db-snapshot";
import { callerFor, createOrgWithEveryRole, createUser, type SeededOrg } from "@/test/fixtures";
import { membershipIdOf, membershipOf } from "@/test/lookups";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { clientErrorOf, type ClientError } from "./__tests__/client-error";

const db = freshTestDatabase();

/** Runs a call that must be refused; returns the client-facing error and checks that no row changed. */
async function refusedWithoutChanges(call: () => Promise<unknown>): Promise<ClientError> {
  const before = await snapshotDb(db);
  const error = await clientErrorOf(call());
  expect(await snapshotDb(db)).toEqual(before);
  return error;
}

const unique = () => randomUUID().slice(0, 8);
const validSignUp = () => ({ name: "Ada Lovelace", email: `ada-${unique()}@example.com`, password: "analytical-engine-1843" });

describe("account.signUp", () => {
  const publicCaller = () => callerFor(db, null);

  for (const email of ["", "ada", "ada@", "@x.com", "a b@x.com"]) {
    it(`rejects the email ${JSON.stringify(email)} and asks for a valid address`, async () => {
      const error = await refusedWithoutChanges(() => publicCaller().account.signUp({ ...validSignUp(), email }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(/valid email address/i);
      expect(error.fieldErrors?.email?.[0]).toMatch(/valid email address/i);
    });
  }

  it("rejects a password shorter than 10 characters, naming the minimum", async () => {
    const error = await refusedWithoutChanges(() => publicCaller().account.signUp({ ...validSignUp(), password: "abc12345!" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/at least 10 characters/i);
    expect(error.fieldErrors?.password).toBeDefined();
  });

  it("rejects a password of only letters, asking for digits or symbols", async () => {
    const error = await refusedWithoutChanges(() => publicCaller().account.signUp({ ...validSignUp(), password: "onlylettershere" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/mix letters with digits or symbols/i);
  });

  it("rejects an empty (or blank) name", async () => {
    for (const name of ["", "   "]) {
      const error = await refusedWithoutChanges(() => publicCaller().account.signUp({ ...validSignUp(), name }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(/enter your name/i);
      expect(error.fieldErrors?.name).toBeDefined();
    }
  });

  it("rejects a duplicate email regardless of case, with CONFLICT on the email field", async () => {
    const local = `ada-${unique()}`;
    await publicCaller().account.signUp({ ...validSignUp(), email: `${local}@example.com` });
    for (const email of [`${local}@example.com`, `${local[0]!.toUpperCase()}${local.slice(1)}@Example.com`, ` ${local.toUpperCase()}@EXAMPLE.COM `]) {
      const error = await refusedWithoutChanges(() => publicCaller().account.signUp({ ...validSignUp(), email }));
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toMatch(/already exists.*sign in/i);
      expect(error.field).toBe("email");
    }
  });
});

describe("org.create / org.rename / org.delete", () => {
  let founder: SignedInUser;
  beforeAll(async () => {
    founder = await createUser(db, "founder");
  });

  it("refuses a name whose slug is taken (\"Acme Inc\" then \"acme inc!\"), naming the slug", async () => {
    const first = await callerFor(db, founder).org.create({ name: "Acme Inc" });
    expect(first.slug).toBe("acme-inc");
    const other = await createUser(db, "rival");
    const error = await refusedWithoutChanges(() => callerFor(db, other).org.create({ name: "acme inc!" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain('"acme-inc"');
    expect(error.message).toMatch(/choose a different name/i);
    expect(error.field).toBe("name");
  });

  it("refuses a name that is too short", async () => {
    for (const name of ["A", "  x  "]) {
      const error = await refusedWithoutChanges(() => callerFor(db, founder).org.create({ name }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(/at least 2 characters/i);
    }
    const punctuation = await refusedWithoutChanges(() => callerFor(db, founder).org.create({ name: "!!!" }));
    expect(punctuation.code).toBe("BAD_REQUEST");
    expect(punctuation.message).toMatch(/two letters or digits/i);
  });

  it("refuses a reserved name (\"Settings\")", async () => {
    const error = await refusedWithoutChanges(() => callerFor(db, founder).org.create({ name: "Settings" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/reserved/i);
  });

  it("org.rename to another org's name → CONFLICT, both orgs unchanged", async () => {
    const mine = await callerFor(db, founder).org.create({ name: `Mine ${unique()}` });
    const theirsOwner = await createUser(db, "theirs");
    const theirs = await callerFor(db, theirsOwner).org.create({ name: `Theirs ${unique()}` });
    const error = await refusedWithoutChanges(() =>
      callerFor(db, founder).org.rename({ orgSlug: mine.slug, name: theirs.name.toUpperCase() }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain(`"${theirs.slug}"`);
  });

  it("org.delete with the wrong confirmation → BAD_REQUEST naming what to type; the org is still there", async () => {
    const org = await callerFor(db, founder).org.create({ name: `Doomed ${unique()}` });
    for (const confirm of ["", org.name, org.slug.toUpperCase(), `${org.slug}x`]) {
      const error = await refusedWithoutChanges(() => callerFor(db, founder).org.delete({ orgSlug: org.slug, confirm }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toContain(`Type "${org.slug}" exactly`);
      expect(error.field).toBe("confirm");
    }
    const rows = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, org.id));
    expect(rows).toHaveLength(1);
    expect(await callerFor(db, founder).org.get({ orgSlug: org.slug })).toMatchObject({ id: org.id, role: "owner" });
  });
});

describe("invitation.create", () => {
  let seeded: SeededOrg;
  beforeAll(async () => {
    seeded = await createOrgWithEveryRole(db, "Inviting");
  });

  it("rejects an invalid email", async () => {
    for (const email of ["", "not-an-email", "a b@x.com"]) {
      const error = await refusedWithoutChanges(() =>
        callerFor(db, seeded.members.owner).invitation.create({ orgSlug: seeded.org.slug, email, role: "viewer" }),
      );
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(/valid email address/i);
    }
  });

  it("refuses inviting someone who is already a member (any case) with CONFLICT", async () => {
    const memberEmail = seeded.members.editor.email;
    for (const email of [memberEmail, memberEmail.toUpperCase()]) {
      const error = await refusedWithoutChanges(() =>
        callerFor(db, seeded.members.owner).invitation.create({ orgSlug: seeded.org.slug, email, role: "viewer" }),
      );
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toContain(`${memberEmail} is already a member`);
      expect(error.field).toBe("email");
    }
  });

  it("refuses an admin inviting an owner with FORBIDDEN", async () => {
    const error = await refusedWithoutChanges(() =>
      callerFor(db, seeded.members.admin).invitation.create({
        orgSlug: seeded.org.slug,
        email: `boss-${unique()}@example.com`,
        role: "owner",
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/only owners can invite someone as owner/i);
  });
});

describe("invitation.accept", () => {
  let seeded: SeededOrg;
  beforeAll(async () => {
    seeded = await createOrgWithEveryRole(db, "Accepting");
  });

  async function invite(email: string) {
    const created = await callerFor(db, seeded.members.owner).invitation.create({ orgSlug: seeded.org.slug, email, role: "editor" });
    const token = new URL(created.link).pathname.split("/").at(-1)!;
    return { ...created, token };
  }

  it("refuses an unknown token with NOT_FOUND", async () => {
    const invitee = await createUser(db, "unknown-token");
    const token = randomUUID().replaceAll("-", "") + randomUUID().replaceAll("-", "");
    const error = await refusedWithoutChanges(() => callerFor(db, invitee).invitation.accept({ token }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toMatch(/link is not valid/i);
  });

  it("refuses a truncated link with BAD_REQUEST", async () => {
    const invitee = await createUser(db, "truncated");
    const { token } = await invite(invitee.email);
    const error = await refusedWithoutChanges(() => callerFor(db, invitee).invitation.accept({ token: token.slice(0, 10) }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/incomplete/i);
  });

  it("refuses an expired invitation with PRECONDITION_FAILED mentioning it expired", async () => {
    const invitee = await createUser(db, "expired");
    const { id, token } = await invite(invitee.email);
    await db.update(invitations).set({ expiresAt: new Date(Date.now() - 60_000) }).where(eq(invitations.id, id));
    const error = await refusedWithoutChanges(() => callerFor(db, invitee).invitation.accept({ token }));
    expect(error.code).toBe("PRECONDITION_FAILED");
    expect(error.message).toMatch(/expired/i);
    expect(error.message).toMatch(/ask an admin/i);
    expect(await membershipOf(db, seeded.org.id, invitee.id)).toBeNull();
  });

  it("refuses a reused invitation: accepting twice → PRECONDITION_FAILED \"already been used\"", async () => {
    const invitee = await createUser(db, "reused");
    const { token } = await invite(invitee.email);
    await callerFor(db, invitee).invitation.accept({ token });
    expect((await membershipOf(db, seeded.org.id, invitee.id))?.role).toBe("editor");

    const error = await refusedWithoutChanges(() => callerFor(db, invitee).invitation.accept({ token }));
    expect(error.code).toBe("PRECONDITION_FAILED");
    expect(error.message).toMatch(/already been used/i);
  });

  it("refuses a revoked invitation with PRECONDITION_FAILED \"withdrawn\"", async () => {
    const invitee = await createUser(db, "revoked");
    const { id, token } = await invite(invitee.email);
    await callerFor(db, seeded.members.owner).invitation.revoke({ orgSlug: seeded.org.slug, invitationId: id });
    const error = await refusedWithoutChanges(() => callerFor(db, invitee).invitation.accept({ token }));
    expect(error.code).toBe("PRECONDITION_FAILED");
    expect(error.message).toMatch(/withdrawn/i);
    expect(await membershipOf(db, seeded.org.id, invitee.id)).toBeNull();
  });

  it("refuses a signed-in user whose email differs with FORBIDDEN naming the invited address", async () => {
    const invitedEmail = `invited-${unique()}@example.com`;
    const { token } = await invite(invitedEmail);
    const someoneElse = await createUser(db, "someone-else");
    const error = await refusedWithoutChanges(() => callerFor(db, someoneElse).invitation.accept({ token }));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toContain(invitedEmail);
    expect(await membershipOf(db, seeded.org.id, someoneElse.id)).toBeNull();
  });

  it("refuses a signed-out caller with UNAUTHORIZED", async () => {
    const { token } = await invite(`signed-out-${unique()}@example.com`);
    const error = await refusedWithoutChanges(() => callerFor(db, null).invitation.accept({ token }));
    expect(error.code).toBe("UNAUTHORIZED");
  });
});

describe("owners and the member hierarchy", () => {
  it("demoting the last owner → CONFLICT \"last owner\", role unchanged", async () => {
    const seeded = await createOrgWithEveryRole(db, "Last owner demote");
    const ownerMembership = await membershipIdOf(db, seeded.org.id, seeded.members.owner.id);
    for (const role of ["admin", "editor", "viewer"] as const) {
      const error = await refusedWithoutChanges(() =>
        callerFor(db, seeded.members.owner).member.changeRole({ orgSlug: seeded.org.slug, membershipId: ownerMembership, role }),
      );
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toMatch(/last owner/i);
      expect(error.message).toMatch(/make another member an owner/i);
    }
    expect((await membershipOf(db, seeded.org.id, seeded.members.owner.id))?.role).toBe("owner");
  });

  it("an owner cannot remove themselves through member.remove → BAD_REQUEST pointing to \"Leave organization\"", async () => {
    const seeded = await createOrgWithEveryRole(db, "Self remove");
    const ownerMembership = await membershipIdOf(db, seeded.org.id, seeded.members.owner.id);
    const error = await refusedWithoutChanges(() =>
      callerFor(db, seeded.members.owner).member.remove({ orgSlug: seeded.org.slug, membershipId: ownerMembership }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/leave organization/i);
  });

  it("an admin cannot remove or demote the owner → FORBIDDEN", async () => {
    const seeded = await createOrgWithEveryRole(db, "Admin vs owner");
    const ownerMembership = await membershipIdOf(db, seeded.org.id, seeded.members.owner.id);
    const admin = callerFor(db, seeded.members.admin);

    const removal = await refusedWithoutChanges(() => admin.member.remove({ orgSlug: seeded.org.slug, membershipId: ownerMembership }));
    expect(removal.code).toBe("FORBIDDEN");
    expect(removal.message).toMatch(/only owners can remove an owner/i);

    for (const role of ["admin", "editor", "viewer"] as const) {
      const demotion = await refusedWithoutChanges(() =>
        admin.member.changeRole({ orgSlug: seeded.org.slug, membershipId: ownerMembership, role }),
      );
      expect(demotion.code).toBe("FORBIDDEN");
      expect(demotion.message).toMatch(/only owners can change the role of an owner/i);
    }
  });

  it("the last owner leaving → CONFLICT, still a member", async () => {
    const seeded = await createOrgWithEveryRole(db, "Last owner leave");
    const error = await refusedWithoutChanges(() => callerFor(db, seeded.members.owner).member.leave({ orgSlug: seeded.org.slug }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/last owner/i);
    expect((await membershipOf(db, seeded.org.id, seeded.members.owner.id))?.role).toBe("owner");
  });

  it("an admin promoting someone (or themselves) to owner → FORBIDDEN", async () => {
    const seeded = await createOrgWithEveryRole(db, "Admin promote");
    const admin = callerFor(db, seeded.members.admin);
    for (const target of [seeded.members.editor, seeded.members.admin]) {
      const membershipId = await membershipIdOf(db, seeded.org.id, target.id);
      const error = await refusedWithoutChanges(() =>
        admin.member.changeRole({ orgSlug: seeded.org.slug, membershipId, role: "owner" }),
      );
      expect(error.code).toBe("FORBIDDEN");
      expect(error.message).toMatch(/only owners can make someone an owner/i);
    }
  });

  it("an unknown role value → BAD_REQUEST listing the roles", async () => {
    const seeded = await createOrgWithEveryRole(db, "Bad role");
    const membershipId = await membershipIdOf(db, seeded.org.id, seeded.members.viewer.id);
    const error = await refusedWithoutChanges(() =>
      callerFor(db, seeded.members.owner).member.changeRole({
        orgSlug: seeded.org.slug,
        membershipId,
        role: "superuser" as unknown as "viewer",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/owner, admin, editor or viewer/i);
  });
});
