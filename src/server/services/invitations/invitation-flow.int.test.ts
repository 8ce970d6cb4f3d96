import { createHash, randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { clientErrorOf } from "@/server/api/__tests__/client-error";
import { auditLogs, invitations, memberships, users } from "@/server/db/schema";
import type { SignedInUser } from "@/server/services/context";
import { callerFor, createOrgWithEveryRole, createUser, type SeededOrg } from "@/test/fixtures";
import { membershipOf } from "@/test/lookups";
import { freshTestDatabase } from "@/test/fresh-test-database";

const db = freshTestDatabase();

const SEVEN_DAYS_MS = 7 * 24 * 60 * 60 * 1000;
const sha256Hex = (value: string) => createHash("sha256").update(value).digest("hex");

/** The token is the last path segment of `/invite/<token>`; anything else about the link is a failure. */
function tokenFromLink(link: string): string {
  const match = /^\/invite\/([A-Za-z0-9_-]+)$/.exec(new URL(link).pathname);
  if (!match) throw new Error(`Not an invitation link: ${link}`);
  return match[1]!;
}

async function invite(seeded: SeededOrg, email: string, role: "viewer" | "editor" | "admin" = "editor") {
  const result = await callerFor(db, seeded.members.owner).invitation.create({ orgSlug: seeded.org.slug, email, role });
  return { ...result, token: tokenFromLink(result.link) };
}

/** Signs someone up through the router and returns them as the session would. */
async function signUpThroughRouter(email: string, name = "Ada"): Promise<SignedInUser> {
  const { userId } = await callerFor(db, null).account.signUp({ name, email, password: "analytical-engine-1843" });
  const [row] = await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, userId));
  return row!;
}

/** How many rows of the table mention the string in any column (every column of every row, as JSON). */
async function rowsContaining(table: typeof invitations | typeof auditLogs, needle: string): Promise<number> {
  const rows: unknown[] = await db.select().from(table);
  return rows.filter((row) => JSON.stringify(row).includes(needle)).length;
}

describe("invitation happy path through the router", () => {
  let seeded: SeededOrg;
  let adaEmail: string;
  let created: Awaited<ReturnType<typeof invite>>;
  let createdAtBounds: { before: number; after: number };

  beforeAll(async () => {
    seeded = await createOrgWithEveryRole(db, "Analytical Society");
    adaEmail = `ada-${randomUUID().slice(0, 8)}@example.com`;
    const before = Date.now();
    created = await invite(seeded, adaEmail.toUpperCase(), "editor");
    createdAtBounds = { before, after: Date.now() };
  });

  it("returns a link /invite/<token> and an expiry about seven days out", () => {
    expect(created.email).toBe(adaEmail);
    expect(created.role).toBe("editor");
    expect(created.link).toMatch(/^https?:\/\/[^/]+\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(created.token.length).toBeGreaterThanOrEqual(43);
    const expiresAt = created.expiresAt.getTime();
    expect(expiresAt).toBeGreaterThanOrEqual(createdAtBounds.before + SEVEN_DAYS_MS);
    expect(expiresAt).toBeLessThanOrEqual(createdAtBounds.after + SEVEN_DAYS_MS);
  });

  it("stores only the SHA-256 of the token; the raw token is nowhere in the invitations or audit tables", async () => {
    const [row] = await db.select().from(invitations).where(eq(invitations.id, created.id));
    expect(row).toBeDefined();
    expect(row!.tokenHash).toBe(sha256Hex(created.token));
    expect(row!.tokenHash).not.toContain(created.token);
    expect(row!.expiresAt.getTime()).toBe(created.expiresAt.getTime());
    expect(row!.invitedByUserId).toBe(seeded.members.owner.id);
    expect(await rowsContaining(invitations, created.token)).toBe(0);
    expect(await rowsContaining(auditLogs, created.token)).toBe(0);
    // Control: the search does find the hash, so a leaked token would have been found too.
    expect(await rowsContaining(invitations, row!.tokenHash)).toBe(1);
  });

  it("preview, signed out, shows org name, role, address and status pending", async () => {
    const preview = await callerFor(db, null).invitation.preview({ token: created.token });
    expect(preview).toMatchObject({
      orgName: "Analytical Society",
      email: adaEmail,
      role: "editor",
      status: "pending",
      invitedBy: seeded.members.owner.name,
    });
  });

  it("ada signs up and accepts: editor membership, invitation marked accepted, audit rows written", async () => {
    const ada = await signUpThroughRouter(adaEmail);
    const result = await callerFor(db, ada).invitation.accept({ token: created.token });
    expect(result).toEqual({ orgSlug: seeded.org.slug, orgName: "Analytical Society", role: "editor" });

    expect((await membershipOf(db, seeded.org.id, ada.id))?.role).toBe("editor");
    const [row] = await db.select().from(invitations).where(eq(invitations.id, created.id));
    expect(row!.acceptedAt).toBeInstanceOf(Date);
    expect(row!.acceptedByUserId).toBe(ada.id);
    expect(row!.revokedAt).toBeNull();

    const audit = await db
      .select({ action: auditLogs.action, actorId: auditLogs.actorId, targetId: auditLogs.targetId, metadata: auditLogs.metadata })
      .from(auditLogs)
      .where(eq(auditLogs.orgId, seeded.org.id));
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "invitation.created", actorId: seeded.members.owner.id, targetId: created.id, metadata: { role: "editor", replaced: [] } },
        { action: "invitation.accepted", actorId: ada.id, targetId: ada.id, metadata: { role: "editor", invitationId: created.id } },
      ]),
    );

    // Ada now sees the org, and the preview reports the invitation as used.
    const orgs = await callerFor(db, ada).org.listMine();
    expect(orgs).toEqual([expect.objectContaining({ id: seeded.org.id, role: "editor" })]);
    expect((await callerFor(db, null).invitation.preview({ token: created.token })).status).toBe("accepted");
  });
});

describe("re-inviting a pending address", () => {
  it("supersedes the old invitation: the old link is withdrawn, the new one works", async () => {
    const seeded = await createOrgWithEveryRole(db, "Re-invite");
    const email = `grace-${randomUUID().slice(0, 8)}@example.com`;
    const first = await invite(seeded, email, "viewer");
    const second = await invite(seeded, email, "editor");
    expect(second.token).not.toBe(first.token);

    const [oldRow] = await db.select().from(invitations).where(eq(invitations.id, first.id));
    expect(oldRow!.revokedAt).toBeInstanceOf(Date);
    const pending = await callerFor(db, seeded.members.owner).invitation.list({ orgSlug: seeded.org.slug });
    expect(pending.filter((i) => i.email === email).map((i) => [i.id, i.status])).toEqual(
      expect.arrayContaining([
        [second.id, "pending"],
        [first.id, "revoked"],
      ]),
    );
    const [replacedAudit] = await db
      .select({ metadata: auditLogs.metadata })
      .from(auditLogs)
      .where(and(eq(auditLogs.orgId, seeded.org.id), eq(auditLogs.targetId, second.id)));
    expect(replacedAudit!.metadata).toEqual({ role: "editor", replaced: [first.id] });

    const grace = await signUpThroughRouter(email, "Grace");
    const error = await clientErrorOf(callerFor(db, grace).invitation.accept({ token: first.token }));
    expect(error.code).toBe("PRECONDITION_FAILED");
    expect(error.message).toMatch(/withdrawn/i);
    expect(await membershipOf(db, seeded.org.id, grace.id)).toBeNull();

    await callerFor(db, grace).invitation.accept({ token: second.token });
    expect((await membershipOf(db, seeded.org.id, grace.id))?.role).toBe("editor");
  });
});

describe("concurrent accepts", () => {
  it("two simultaneous accepts of one token by the same user create exactly one membership", async () => {
    for (let round = 0; round < 5; round++) {
      const seeded = await createOrgWithEveryRole(db, `Race ${round}`);
      const invitee = await createUser(db, `racer-${round}`);
      const { id, token } = await invite(seeded, invitee.email, "viewer");

      const outcomes = await Promise.allSettled([
        callerFor(db, invitee).invitation.accept({ token }),
        callerFor(db, invitee).invitation.accept({ token }),
      ]);

      const [{ n }] = (await db
        .select({ n: count() })
        .from(memberships)
        .where(and(eq(memberships.orgId, seeded.org.id), eq(memberships.userId, invitee.id)))) as [{ n: number }];
      expect(n).toBe(1);
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      const rejected = outcomes.find((o) => o.status === "rejected");
      // The loser is told why, not handed a 500.
      const loser = await clientErrorOf(Promise.reject(rejected!.reason));
      expect(loser.code).toBe("PRECONDITION_FAILED");
      expect(loser.message).toMatch(/already been used/i);

      const [row] = await db.select().from(invitations).where(eq(invitations.id, id));
      expect(row!.acceptedByUserId).toBe(invitee.id);
      const accepted = await db
        .select({ n: count() })
        .from(auditLogs)
        .where(and(eq(auditLogs.orgId, seeded.org.id), eq(auditLogs.action, "invitation.accepted")));
      expect(accepted[0]!.n).toBe(1);
    }
  });
});
