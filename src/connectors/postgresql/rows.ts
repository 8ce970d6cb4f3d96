import type postgres from "postgres";
import type { Transaction } from "./open-database";
import { toJsonRow, type JsonValue, type SqlValue } from "./values";

export const MAX_ROWS = 1000;
// Rows fetched per round trip; a result is never held whole, whatever its size.
const BATCH = 200;

export interface CollectedRows {
  rows: Record<string, JsonValue>[];
  /** Rows there were in all: counted to the end with `countAll`, else as far as the walk went. */
  seen: number;
  truncated: boolean;
}

/** The first `maxRows` rows of a query through a cursor; `countAll` reads past them only to count (UPDATE … RETURNING). */
export async function collectRows(query: { cursor(rows: number): AsyncIterable<Record<string, unknown>[]> }, maxRows: number, countAll = false): Promise<CollectedRows> {
  const rows: Record<string, JsonValue>[] = [];
  let seen = 0;
  for await (const batch of query.cursor(BATCH)) {
    for (const row of batch) {
      seen += 1;
      if (rows.length < maxRows) rows.push(toJsonRow(row));
      else if (!countAll) return { rows, seen, truncated: true };
    }
  }
  return { rows, seen, truncated: seen > rows.length };
}

/**
 * A value as a query parameter. postgres.js serializes it by the type the server infers for its place — JSON for
 * json/jsonb, an array literal for arrays — though its types only admit primitives.
 */
export const asParameter = (value: SqlValue) => value as postgres.SerializableParameter;

/** Column → value, as the insert/update helper of postgres.js takes them (names quoted, values as parameters). */
export const asParameters = (values: Record<string, SqlValue>) => Object.fromEntries(Object.entries(values).map(([column, value]) => [column, asParameter(value)]));

/** `"a" = $1 and "b" is null …` for a where-equals object; null matches NULL (`= NULL` would match nothing). */
export function whereEquals(tx: Transaction, where: Record<string, SqlValue>): postgres.PendingQuery<postgres.Row[]> {
  const conditions = Object.entries(where).map(([column, value]) => (value === null ? tx`${tx(column)} is null` : tx`${tx(column)} = ${asParameter(value)}`));
  return conditions.reduce((all, condition) => tx`${all} and ${condition}`);
}
