import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { authHref } from "@/components/auth/callback-url";
import { auth } from "@/server/auth";
import { serverCaller } from "@/trpc/server";

export interface SessionUser {
  id: string;
  name: string | null;
  email: string;
  image: string | null;
}

/** The signed-in user, or a redirect to sign-in that brings them back to `callbackPath`. */
export async function requireUser(callbackPath: string): Promise<SessionUser> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) redirect(authHref("/sign-in", { callbackUrl: callbackPath }));
  return { id: user.id, name: user.name ?? null, email: user.email, image: user.image ?? null };
}

/**
 * The org at `orgSlug` with the signed-in user's role and permissions. Not signed in → sign-in;
 * no such org, or not a member (the API does not tell the two apart) → 404. Deduplicated per request.
 */
export const requireOrg = cache(async (orgSlug: string) => {
  const user = await requireUser(`/o/${orgSlug}`);
  try {
    const org = await (await serverCaller()).org.get({ orgSlug });
    return { user, org };
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
});
