import { auth } from "@/server/auth";
import { getDb } from "@/server/db/client";
import type { TRPCContext } from "./trpc";

/** Builds the tRPC context for an HTTP request or a server component: the database and the signed-in user, if any. */
export async function createRequestContext(): Promise<TRPCContext> {
  const [db, session] = await Promise.all([getDb(), auth()]);
  const user = session?.user?.id && session.user.email
    ? { id: session.user.id, name: session.user.name ?? null, email: session.user.email }
    : null;
  return { db, user };
}
