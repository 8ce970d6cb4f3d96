import { eq } from "drizzle-orm";
import type { Queryable } from "../storage/database";
import { executorFunctions } from "../storage/schema";

export type FunctionRow = typeof executorFunctions.$inferSelect;

export async function findFunction(q: Queryable, id: string): Promise<FunctionRow | undefined> {
  const [row] = await q.select().from(executorFunctions).where(eq(executorFunctions.id, id));
  return row;
}

/**
 * Function rows change only when an app syncs; claims look them up on every call, so they are kept for a moment.
 * A sync through this executor clears the cache; one through another process is seen within `ttlMs`.
 */
export class FunctionCache {
  private readonly rows = new Map<string, { row: FunctionRow | undefined; at: number }>();
  private list: { rows: FunctionRow[]; at: number } | undefined;

  constructor(private readonly ttlMs = 1000) {}

  async find(q: Queryable, id: string): Promise<FunctionRow | undefined> {
    const now = performance.now();
    const hit = this.rows.get(id);
    if (hit && now - hit.at < this.ttlMs) return hit.row;
    const row = await findFunction(q, id);
    this.rows.set(id, { row, at: now });
    return row;
  }

  async all(q: Queryable): Promise<FunctionRow[]> {
    const now = performance.now();
    if (this.list && now - this.list.at < this.ttlMs) return this.list.rows;
    const rows = await allFunctions(q);
    this.list = { rows, at: now };
    return rows;
  }

  clear(): void {
    this.rows.clear();
    this.list = undefined;
  }
}

export function allFunctions(q: Queryable): Promise<FunctionRow[]> {
  return q.select().from(executorFunctions);
}

/** Event-name matching as Inngest does it: exact, or a trailing `/*` wildcard. */
export function eventNameMatches(pattern: string, name: string): boolean {
  return pattern.endsWith("/*") ? name.startsWith(pattern.slice(0, -1)) : pattern === name;
}
