import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/core/errors/domain-errors";
import { databaseSessionCodec, SESSION_MAX_AGE_S } from "@/server/auth/database-sessions";
import { sessions, signInAttempts, users } from "@/server/db/schema";
import { callerFor, createUser } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { MAX_FAILED_SIGN_INS, SIGN_IN_LOCK_WINDOW_MS, verifyCredentials } from "./verify-credentials";

const db = freshTestDatabase();

const PASSWORD = "analytical-engine-1843";
const WRONG = "difference-engine-1822";
const MINUTE_MS = 60_000;

async function signUpAccount(label = "ada") {
  const email = `${label}-${randomUUID().slice(0, 8)}@example.com`;
  const { userId } = await callerFor(db, null).account.signUp({ name: "Ada Lovelace", email, password: PASSWORD });
  return { userId, email };
}

/** Runs verifyCredentials expecting the lock; returns the domain error. */
async function lockedOut(email: string, password: string, now: Date): Promise<DomainError> {
  const error: unknown = await verifyCredentials(db, email, password, now).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("account.signUp", () => {
  it("stores an argon2id hash and never the password", async () => {
    const { userId, email } = await signUpAccount();
    const [row] = await db.select().from(users).where(eq(users.id, userId));
    expect(row).toMatchObject({ email, name: "Ada Lovelace" });
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    // At least OWASP's argon2id baseline (19 MiB, 2 iterations).
    const [, memory, iterations] = /\$m=(\d+),t=(\d+),p=\d+\$/.exec(row!.passwordHash!) ?? [];
    expect(Number(memory)).toBeGreaterThanOrEqual(19_456);
    expect(Number(iterations)).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(row)).not.toContain(PASSWORD);
  });

  it("lower-cases and trims the email it stores", async () => {
    const local = `Grace-${randomUUID().slice(0, 8)}`;
    const { userId } = await callerFor(db, null).account.signUp({ name: "Grace", email: `  ${local}@Example.COM `, password: PASSWORD });
    const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
    expect(row!.email).toBe(`${local.toLowerCase()}@example.com`);
  });
});

describe("verifyCredentials", () => {
  it("returns the user for the right password, null for a wrong one or an unknown email", async () => {
    const { userId, email } = await signUpAccount();
    expect(await verifyCredentials(db, email, PASSWORD)).toEqual({ id: userId, name: "Ada Lovelace", email, image: null });
    expect(await verifyCredentials(db, email, WRONG)).toBeNull();
    expect(await verifyCredentials(db, email, PASSWORD.toUpperCase())).toBeNull();
    expect(await verifyCredentials(db, `nobody-${randomUUID().slice(0, 8)}@example.com`, PASSWORD)).toBeNull();
  });

  it("returns null for an account without a password (e.g. created by OAuth)", async () => {
    const oauthUser = await createUser(db, "oauth");
    expect(await verifyCredentials(db, oauthUser.email, PASSWORD)).toBeNull();
  });

  it("records every attempt with its outcome", async () => {
    const { email } = await signUpAccount();
    await verifyCredentials(db, email, WRONG);
    await verifyCredentials(db, email, PASSWORD);
    const rows = await db
      .select({ succeeded: signInAttempts.succeeded })
      .from(signInAttempts)
      .where(eq(signInAttempts.email, email))
      .orderBy(signInAttempts.id);
    expect(rows.map((r) => r.succeeded)).toEqual([false, true]);
  });

  it(`locks the address after ${MAX_FAILED_SIGN_INS} failures, even for the right password, until the window passes`, async () => {
    expect(MAX_FAILED_SIGN_INS).toBe(5);
    expect(SIGN_IN_LOCK_WINDOW_MS).toBe(15 * MINUTE_MS);
    const { userId, email } = await signUpAccount();
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) {
      expect(await verifyCredentials(db, email, WRONG, new Date(t0 + i * 1000))).toBeNull();
    }

    const error = await lockedOut(email, PASSWORD, new Date(t0 + 5_000));
    expect(error.kind).toBe("RATE_LIMITED");
    expect(error.message).toMatch(/too many failed sign-in attempts/i);
    expect(error.message).toMatch(/try again in 15 minutes/i);

    // Ten minutes on, still locked, and the wait shrinks accordingly.
    const later = await lockedOut(email, PASSWORD, new Date(t0 + 10 * MINUTE_MS));
    expect(later.kind).toBe("RATE_LIMITED");
    expect(later.message).toMatch(/try again in 5 minutes/i);

    // Sixteen minutes after the failures they have aged out: the right password works again.
    expect(await verifyCredentials(db, email, PASSWORD, new Date(t0 + 16 * MINUTE_MS))).toMatchObject({ id: userId });
  });

  it("the lock also applies to an address without an account", async () => {
    const email = `ghost-${randomUUID().slice(0, 8)}@example.com`;
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) expect(await verifyCredentials(db, email, WRONG, new Date(t0 + i * 1000))).toBeNull();
    expect((await lockedOut(email, WRONG, new Date(t0 + 5_000))).kind).toBe("RATE_LIMITED");
  });

  it("failures for one address do not lock another", async () => {
    const victim = await signUpAccount("victim");
    const bystander = await signUpAccount("bystander");
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) await verifyCredentials(db, victim.email, WRONG, new Date(t0 + i * 1000));
    expect(await verifyCredentials(db, bystander.email, PASSWORD, new Date(t0 + 5_000))).toMatchObject({ id: bystander.userId });
  });

  it("a successful sign-in resets the failure count", async () => {
    const { userId, email } = await signUpAccount();
    const t0 = Date.now();
    let second = 0;
    const at = () => new Date(t0 + second++ * 1000);

    for (let i = 0; i < 4; i++) expect(await verifyCredentials(db, email, WRONG, at())).toBeNull();
    expect(await verifyCredentials(db, email, PASSWORD, at())).toMatchObject({ id: userId });
    for (let i = 0; i < 4; i++) expect(await verifyCredentials(db, email, WRONG, at())).toBeNull();
    // Eight failures within the window, but only four since the last success: not locked.
    expect(await verifyCredentials(db, email, PASSWORD, at())).toMatchObject({ id: userId });

    // The count still works after a reset: five more failures lock again.
    for (let i = 0; i < 5; i++) expect(await verifyCredentials(db, email, WRONG, at())).toBeNull();
    expect((await lockedOut(email, PASSWORD, at())).kind).toBe("RATE_LIMITED");
  });
});

describe("database session codec", () => {
  async function sessionCount() {
    return (await db.select({ n: count() }).from(sessions))[0]!.n;
  }

  it("encode({sub}) stores a session row and returns an opaque token with no user data in it", async () => {
    const user = await createUser(db, "session");
    const codec = databaseSessionCodec(db);
    const before = await sessionCount();
    const started = Date.now();

    const token = await codec.encode({ token: { sub: user.id, email: user.email, name: user.name } });

    expect(await sessionCount()).toBe(before + 1);
    const [row] = await db.select().from(sessions).where(eq(sessions.sessionToken, token));
    expect(row!.userId).toBe(user.id);
    expect(row!.expires.getTime()).toBeGreaterThanOrEqual(started + SESSION_MAX_AGE_S * 1000);
    expect(row!.expires.getTime()).toBeLessThanOrEqual(Date.now() + SESSION_MAX_AGE_S * 1000);

    // Not a JWT/JWE: no dot-separated segments, no JSON header.
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(token.split(".")).toHaveLength(1);
    expect(token.startsWith("eyJ")).toBe(false);
    const decoded = Buffer.from(token, "base64url").toString("latin1");
    for (const secret of [user.id, user.email, "session"]) {
      expect(token).not.toContain(secret);
      expect(decoded).not.toContain(secret);
    }

    // Each sign-in gets its own token.
    expect(await codec.encode({ token: { sub: user.id } })).not.toBe(token);
  });

  it("encode({sid}) returns the same token without a new row", async () => {
    const user = await createUser(db, "refresh");
    const codec = databaseSessionCodec(db);
    const token = await codec.encode({ token: { sub: user.id } });
    const before = await sessionCount();
    expect(await codec.encode({ token: { sub: user.id, sid: token } })).toBe(token);
    expect(await sessionCount()).toBe(before);
  });

  it("encode without a user id refuses to start a session", async () => {
    const codec = databaseSessionCodec(db);
    const before = await sessionCount();
    await expect(codec.encode({ token: {} })).rejects.toThrow(/without a user id/);
    await expect(codec.encode({})).rejects.toThrow(/without a user id/);
    expect(await sessionCount()).toBe(before);
  });

  it("decode returns {sub, sid, email} for a live session", async () => {
    const user = await createUser(db, "decode");
    const codec = databaseSessionCodec(db);
    const token = await codec.encode({ token: { sub: user.id } });
    expect(await codec.decode({ token })).toEqual({ sub: user.id, sid: token, email: user.email, name: user.name, picture: null });
  });

  it("decode of a missing, unknown or expired token is null", async () => {
    const user = await createUser(db, "expired-session");
    const codec = databaseSessionCodec(db);
    expect(await codec.decode({})).toBeNull();
    expect(await codec.decode({ token: "" })).toBeNull();
    expect(await codec.decode({ token: randomUUID() })).toBeNull();

    const token = await codec.encode({ token: { sub: user.id } });
    await db.update(sessions).set({ expires: new Date(Date.now() - 1000) }).where(eq(sessions.sessionToken, token));
    expect(await codec.decode({ token })).toBeNull();
  });

  it("decode slides the expiry forward once a day has passed", async () => {
    const user = await createUser(db, "sliding");
    const codec = databaseSessionCodec(db);
    const token = await codec.encode({ token: { sub: user.id } });
    await db.update(sessions).set({ expires: new Date(Date.now() + 10 * 86_400_000) }).where(eq(sessions.sessionToken, token));
    const before = Date.now();
    expect(await codec.decode({ token })).toMatchObject({ sub: user.id });
    const [row] = await db.select({ expires: sessions.expires }).from(sessions).where(eq(sessions.sessionToken, token));
    expect(row!.expires.getTime()).toBeGreaterThanOrEqual(before + SESSION_MAX_AGE_S * 1000);
  });

  it("revoke deletes the session row, after which decode is null", async () => {
    const user = await createUser(db, "revoke");
    const codec = databaseSessionCodec(db);
    const token = await codec.encode({ token: { sub: user.id } });
    const other = await codec.encode({ token: { sub: user.id } });

    await codec.revoke({ sub: user.id, sid: token });

    expect(await db.select().from(sessions).where(eq(sessions.sessionToken, token))).toEqual([]);
    expect(await codec.decode({ token })).toBeNull();
    // Only that session: the user's other sign-in stays valid.
    expect(await codec.decode({ token: other })).toMatchObject({ sub: user.id, sid: other });
  });

  it("deleting the user deletes their sessions", async () => {
    const user = await createUser(db, "deleted");
    const codec = databaseSessionCodec(db);
    const token = await codec.encode({ token: { sub: user.id } });
    await db.delete(users).where(eq(users.id, user.id));
    expect(await codec.decode({ token })).toBeNull();
    expect(await db.select().from(sessions).where(eq(sessions.sessionToken, token))).toEqual([]);
  });
});
