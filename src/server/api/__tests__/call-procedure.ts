import { TRPCError } from "@trpc/server";
import type { Db } from "@/server/db/types";
import type { SignedInUser } from "@/server/services/context";
import { callerFor } from "@/test/fixtures";

type ProcedureFn = (input?: unknown) => Promise<unknown>;

/** Calls a procedure by its dotted path ("member.changeRole") so tables of cases can drive the router. */
export function callProcedure(db: Db, user: SignedInUser | null, path: string, input?: unknown): Promise<unknown> {
  const [router, name] = path.split(".") as [string, string];
  const caller = callerFor(db, user) as unknown as Record<string, Record<string, ProcedureFn>>;
  const fn = caller[router]?.[name];
  if (!fn) throw new Error(`No procedure ${path}`);
  return fn(input);
}

export async function errorCodeOf(promise: Promise<unknown>): Promise<string | "OK"> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}
