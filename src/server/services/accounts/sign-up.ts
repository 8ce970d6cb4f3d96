import { eq } from "drizzle-orm";
import { signUpSchema, type SignUpInput } from "@/core/accounts/credentials-rules";
import { conflict } from "@/core/errors/domain-errors";
import { hashPassword } from "@/server/auth/password-hash";
import { users } from "@/server/db/schema";
import type { Db } from "@/server/db/types";

export const signUpInput = signUpSchema;

export async function signUp({ db, input }: { db: Db; input: SignUpInput }): Promise<{ userId: string }> {
  const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
  if (existing.length > 0) throw conflict("An account with this email already exists. Sign in instead.", "email");
  const passwordHash = await hashPassword(input.password);
  const inserted = await db
    .insert(users)
    .values({ name: input.name, email: input.email, passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  const row = inserted[0];
  if (!row) throw conflict("An account with this email already exists. Sign in instead.", "email");
  return { userId: row.id };
}
