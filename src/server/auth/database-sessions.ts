import { randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import type { JWT } from "next-auth/jwt";
import { sessions, users } from "@/server/db/schema";
import type { Db } from "@/server/db/types";

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;
const SESSION_REFRESH_AFTER_S = 24 * 60 * 60;

/**
 * Auth.js only allows the credentials provider with its "jwt" strategy, but we want sessions in the database
 * (revocable, visible, deleted on sign-out). So the "JWT" cookie is an opaque session token: encode stores a
 * row in `sessions`, decode looks it up. Nothing about the user lives in the cookie.
 */
export function databaseSessionCodec(db: Db) {
  return {
    async encode({ token }: { token?: JWT }): Promise<string> {
      if (typeof token?.sid === "string") return token.sid;
      if (!token?.sub) throw new Error("Cannot start a session without a user id.");
      const sessionToken = randomBytes(32).toString("base64url");
      await db
        .insert(sessions)
        .values({ sessionToken, userId: token.sub, expires: new Date(Date.now() + SESSION_MAX_AGE_S * 1000) });
      return sessionToken;
    },

    async decode({ token }: { token?: string }): Promise<JWT | null> {
      if (!token) return null;
      const now = new Date();
      const [row] = await db
        .select({ userId: sessions.userId, expires: sessions.expires, name: users.name, email: users.email, image: users.image })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.sessionToken, token), gt(sessions.expires, now)))
        .limit(1);
      if (!row) return null;
      const remainingS = (row.expires.getTime() - now.getTime()) / 1000;
      if (remainingS < SESSION_MAX_AGE_S - SESSION_REFRESH_AFTER_S) {
        await db
          .update(sessions)
          .set({ expires: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000) })
          .where(eq(sessions.sessionToken, token));
      }
      return { sub: row.userId, sid: token, name: row.name, email: row.email, picture: row.image };
    },

    async revoke(token: JWT | null | undefined): Promise<void> {
      if (typeof token?.sid === "string") await db.delete(sessions).where(eq(sessions.sessionToken, token.sid));
    },
  };
}
