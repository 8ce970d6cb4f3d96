import type postgres from "postgres";
import type { Transaction } from "./open-database";
import { toJsonRow, type JsonValue } from "./values";

/** Rows sharing the last value of a full page read whole, up to this many (beyond them the rest are skipped). */
export const MAX_TIE_ROWS = 5000;

export interface PolledRow {
  /** The column's value as PostgreSQL writes it in JSON: exact (numbers, bigints) and ISO 8601 to the microsecond. */
  value: string;
  /** The row as the actions output it. */
  row: Record<string, JsonValue>;
}

export interface PollTarget {
  table: string;
  column: string;
}

/**
 * `select *, <column> as JSON text from <table> where … order by <column> limit …`, every name quoted by postgres.js.
 * Read as arrays so the extra last column cannot collide with one of the table's.
 */
async function selectRows(tx: Transaction, { table, column }: PollTarget, condition: postgres.PendingQuery<postgres.Row[]>, limit: number): Promise<PolledRow[]> {
  const result = await tx`select *, to_json(${tx(column)}) #>> '{}' from ${tx(table)} where ${condition} order by ${tx(column)} limit ${limit}`.values();
  const names = result.columns.slice(0, -1).map((field) => field.name);
  return result.map((cells: unknown[]) => ({ value: String(cells.at(-1)), row: toJsonRow(Object.fromEntries(names.map((name, index) => [name, cells[index]]))) }));
}

/** The column's greatest value as text (undefined for an empty table or one where it is always NULL). */
export async function readNewestValue(tx: Transaction, { table, column }: PollTarget): Promise<string | undefined> {
  const [row] = await tx`select to_json(max(${tx(column)})) #>> '{}' as newest from ${tx(table)}`;
  return typeof row?.newest === "string" ? row.newest : undefined;
}

/**
 * Up to `limit` rows whose column is greater than `after` (every row with a value when undefined), oldest first.
 * When the page is full, rows sharing its last value are read whole, so a cursor on that value skips none of them:
 * a timestamp set by `now()` is the same for every row a transaction inserts.
 */
export async function readRowsAfter(tx: Transaction, target: PollTarget, after: string | undefined, limit: number): Promise<PolledRow[]> {
  const column = tx(target.column);
  const page = await selectRows(tx, target, after === undefined ? tx`${column} is not null` : tx`${column} > ${after}`, limit);
  const last = page.at(-1);
  if (page.length < limit || !last) return page;
  const ties = await selectRows(tx, target, tx`${column} = ${last.value}`, MAX_TIE_ROWS);
  return [...page.filter((polled) => polled.value !== last.value), ...ties];
}
