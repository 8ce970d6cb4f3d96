import { and, desc, eq, gt } from "drizzle-orm";
import { rateLimited } from "@/core/errors/domain-errors";
import { burnPasswordCheck, verifyPassword } from "@/server/auth/password-hash";
import { signInAttempts, users } from "@/server/db/schema";
import type { Db } from "@/server/db/types";

export const MAX_FAILED_SIGN_INS = 5;
export const SIGN_IN_LOCK_WINDOW_MS = 15 * 60 * 1000;

export interface VerifiedUser {
  id: string;
  name: string | null;
  email: string;
  image: string | null;
}

/**
 * Checks an email + password. Returns the user, or null for any mismatch (the caller shows one
 * generic message). After MAX_FAILED_SIGN_INS failures in the window the address is locked until
 * the oldest of them ages out; the lock applies whether or not the account exists.
 */
export async function verifyCredentials(
  db: Db,
  email: string,
  password: string,
  now = new Date(),
): Promise<VerifiedUser | null> {
  const windowStart = new Date(now.getTime() - SIGN_IN_LOCK_WINDOW_MS);
  const recent = await db
    .select({ succeeded: signInAttempts.succeeded, createdAt: signInAttempts.createdAt })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, email), gt(signInAttempts.createdAt, windowStart)))
    .orderBy(desc(signInAttempts.createdAt))
    .limit(MAX_FAILED_SIGN_INS);
  const failuresSinceSuccess = recent.findIndex((a) => a.succeeded);
  const failures = failuresSinceSuccess === -1 ? recent.length : failuresSinceSuccess;
  if (failures >= MAX_FAILED_SIGN_INS) {
    const oldest = recent[MAX_FAILED_SIGN_INS - 1]!.createdAt;
    const minutes = Math.max(1, Math.ceil((oldest.getTime() + SIGN_IN_LOCK_WINDOW_MS - now.getTime()) / 60_000));
    throw rateLimited(`Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }

  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  let ok = false;
  if (user?.passwordHash) ok = await verifyPassword(user.passwordHash, password);
  else await burnPasswordCheck(password);

  await db.insert(signInAttempts).values({ email, succeeded: ok, createdAt: now });
  if (!ok || !user) return null;
  return { id: user.id, name: user.name, email: user.email, image: user.image };
}
