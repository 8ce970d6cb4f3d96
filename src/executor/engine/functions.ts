import { eq } from "drizzle-orm";
import type { Queryable } from "../storage/database";
import { executorFunctions } from "../storage/schema";

export type FunctionRow = typeof executorFunctions.$inferSelect;

export async function findFunction(q: Queryable, id: string): Promise<FunctionRow | undefined> {
  const [row] = await q.select().from(executorFunctions).where(eq(executorFunctions.id, id));
  return row;
}

export function allFunctions(q: Queryable): Promise<FunctionRow[]> {
  return q.select().from(executorFunctions);
}

/** Event-name matching as Inngest does it: exact, or a trailing `/*` wildcard. */
export function eventNameMatches(pattern: string, name: string): boolean {
  return pattern.endsWith("/*") ? name.startsWith(pattern.slice(0, -1)) : pattern === name;
}
