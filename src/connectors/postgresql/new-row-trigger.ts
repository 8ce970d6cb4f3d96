import { createHash } from "node:crypto";
import { z } from "zod";
import { defineTrigger } from "@/core/connectors";
import { runInDatabase } from "./actions/shared";
import { columnName, tableInput } from "./identifiers";
import { readNewestValue, readRowsAfter, type PolledRow } from "./poll-rows";
import { MAX_ROWS } from "./rows";

export const newRowInput = z.object({
  table: tableInput,
  column: columnName.meta({
    description: "A column whose value only grows as rows are added: a serial or identity id, or a created_at timestamp",
    examples: ["id", "created_at"],
  }),
  limit: z.number().int().min(1).max(MAX_ROWS).default(100).meta({ description: `New rows read per poll, oldest first (up to ${MAX_ROWS}); the rest come with the next polls`, examples: [100] }),
});

export const newRowOutput = z.object({
  table: z.string(),
  column: z.string(),
  value: z.string().meta({ description: "The row's value in the column, as text (timestamps in ISO 8601, to the microsecond)" }),
  row: z.record(z.string(), z.unknown()).meta({ description: "The row, keyed by column name" }),
  key: z.string().meta({ description: "What identifies the row to the trigger: table and value (and the row's digest when rows share a value)" }),
});

/** The cursor: "" before every row (the table was empty), else the column value of the last row seen. */
const FROM_THE_START = "";

/** The runtime drops an item whose key it has seen: rows sharing one value need more than the value to tell them apart. */
function itemsOf(table: string, column: string, polled: PolledRow[]) {
  const counts = new Map<string, number>();
  for (const { value } of polled) counts.set(value, (counts.get(value) ?? 0) + 1);
  return polled.map(({ value, row }) => {
    const digest = (counts.get(value) ?? 0) > 1 ? `:${createHash("sha256").update(JSON.stringify(row)).digest("hex").slice(0, 32)}` : "";
    return { table, column, value, row, key: `${table}:${value}${digest}` };
  });
}

/**
 * Rows added to a table, found by a column that only grows. The first poll reads the column's greatest value (no
 * run for rows already there); later polls read `where <column> > <cursor> order by <column> limit <limit>`, in a
 * read-only transaction on one connection, like the actions. The cursor is the last row's value as PostgreSQL writes
 * it in JSON, so a timestamp keeps its microseconds and `>` skips no row of the same second; rows sharing the last
 * value of a full page are read whole (see readRowsAfter). A row whose value is lower than one already seen when it
 * becomes visible (a sequence value taken by a transaction that commits late) is not found.
 */
export const newRow = defineTrigger({
  id: "new_row",
  name: "New row",
  description: "Starts a run for each row added to a table (checked every minute), found by an ever-increasing column such as an id or created_at.",
  kind: "polling",
  intervalMs: 60_000,
  input: newRowInput,
  output: newRowOutput,
  async poll(cursor, rawInput, tools) {
    const input = newRowInput.parse(rawInput);
    const target = { table: input.table, column: input.column };
    return runInDatabase(tools, { readOnly: true, timeoutSeconds: 30 }, async (tx) => {
      // Timestamps with a zone are written in UTC, whatever the server's or the role's setting.
      await tx`set local time zone 'UTC'`;
      if (cursor === undefined) return { items: [], nextCursor: (await readNewestValue(tx, target)) ?? FROM_THE_START };
      const polled = await readRowsAfter(tx, target, cursor === FROM_THE_START ? undefined : cursor, input.limit);
      return { items: itemsOf(input.table, input.column, polled), nextCursor: polled.at(-1)?.value ?? cursor };
    });
  },
  dedupeKey: (item) => newRowOutput.parse(item).key,
});
