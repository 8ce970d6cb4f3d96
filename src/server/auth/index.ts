import NextAuth from "next-auth";
import { cache } from "react";
import { getDb } from "@/server/db/client";
import { buildAuthConfig } from "./config";

// Lazy config: the database opens (and migrates) on first use, not at import.
const nextAuth = NextAuth(async () => buildAuthConfig(await getDb()));

export const { handlers, signIn, signOut } = nextAuth;

/** The current session, deduplicated per request in server components. */
export const auth = cache(nextAuth.auth);
