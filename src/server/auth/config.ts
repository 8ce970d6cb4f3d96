import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { signInSchema } from "@/core/accounts/credentials-rules";
import { DomainError } from "@/core/errors/domain-errors";
import { env } from "@/env";
import { accounts, sessions, users, verificationTokens } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { logger } from "@/server/log/logger";
import { verifyCredentials } from "@/server/services/accounts/verify-credentials";
import { resolveAuthSecret } from "./auth-secret";
import { databaseSessionCodec, SESSION_MAX_AGE_S } from "./database-sessions";
import { InvalidCredentials, SignInThrottled } from "./sign-in-errors";

export const oauthProviders = {
  github: Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET),
  google: Boolean(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET),
};

export function buildAuthConfig(db: Db): NextAuthConfig {
  const codec = databaseSessionCodec(db);
  return {
    secret: resolveAuthSecret(),
    trustHost: true,
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    jwt: { encode: codec.encode, decode: codec.decode },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      Credentials({
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(raw) {
          const parsed = signInSchema.safeParse(raw);
          if (!parsed.success) throw new InvalidCredentials();
          try {
            const user = await verifyCredentials(db, parsed.data.email, parsed.data.password);
            if (!user) throw new InvalidCredentials();
            return user;
          } catch (error) {
            if (error instanceof DomainError && error.kind === "RATE_LIMITED") {
              const minutes = Number(/(\d+) minute/.exec(error.message)?.[1] ?? 15);
              throw new SignInThrottled(minutes);
            }
            throw error;
          }
        },
      }),
      ...(oauthProviders.github ? [GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })] : []),
      ...(oauthProviders.google ? [Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET })] : []),
    ],
    callbacks: {
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
    events: {
      async signOut(message) {
        if ("token" in message) await codec.revoke(message.token);
      },
    },
    logger: {
      error: (error) => {
        // A wrong password is routine, not an error; the attempt itself is recorded in sign_in_attempts.
        if ("type" in error && error.type === "CredentialsSignin") return logger.info({ event: "sign_in.failed" }, "sign-in refused");
        logger.warn({ err: { name: error.name, message: error.message } }, "auth error");
      },
      warn: (code) => logger.warn({ code }, "auth warning"),
      debug: () => {},
    },
  };
}
