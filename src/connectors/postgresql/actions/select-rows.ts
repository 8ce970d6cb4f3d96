import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { columnName, tableInput } from "../identifiers";
import { collectRows, MAX_ROWS, whereEquals } from "../rows";
import { rowsOutput, sqlValue } from "../values";
import { runInDatabase, timeoutSecondsInput } from "./shared";

const orderInput = z.object({
  column: columnName.meta({ description: "Column to sort by", examples: ["created_at"] }),
  direction: z.enum(["asc", "desc"]).default("asc").meta({ description: "asc or desc", examples: ["desc"] }),
});

const input = z.object({
  table: tableInput,
  where: z
    .record(columnName, sqlValue)
    .default({})
    .meta({ description: "Column → value the rows must equal (all must match; null matches NULL); empty for every row", examples: [{ status: "active", plan: "pro" }] }),
  orderBy: z.array(orderInput).default([]).meta({ description: "Sort order, first column first", examples: [[{ column: "created_at", direction: "desc" }]] }),
  limit: z.number().int().min(1).max(MAX_ROWS).default(100).meta({ description: `At most this many rows (up to ${MAX_ROWS})`, examples: [50] }),
  offset: z.number().int().min(0).default(0).meta({ description: "Skip this many rows first (with orderBy, for paging)", examples: [0] }),
  timeoutSeconds: timeoutSecondsInput,
});

/** SELECT * … WHERE a = $1 AND … ORDER BY … LIMIT …, in a read-only transaction. */
export const selectRowsAction = defineAction({
  id: "select_rows",
  name: "Select rows",
  description: "Read the rows of a table whose columns equal the values given, sorted and limited.",
  input,
  output: z.object({ rows: rowsOutput, rowCount: z.number().int(), hasMore: z.boolean().meta({ description: "More rows match beyond limit" }) }),
  run: (input, tools) =>
    runInDatabase(tools, { readOnly: true, timeoutSeconds: input.timeoutSeconds }, async (tx) => {
      const where = Object.keys(input.where).length > 0 ? tx`where ${whereEquals(tx, input.where)}` : tx``;
      const sorts = input.orderBy.map(({ column, direction }) => (direction === "desc" ? tx`${tx(column)} desc` : tx`${tx(column)} asc`));
      const orderBy = sorts.length > 0 ? tx`order by ${sorts.reduce((all, sort) => tx`${all}, ${sort}`)}` : tx``;
      // One row more than asked tells whether there are more.
      const { rows, truncated } = await collectRows(tx`select * from ${tx(input.table)} ${where} ${orderBy} limit ${input.limit + 1} offset ${input.offset}`, input.limit);
      return { rows, rowCount: rows.length, hasMore: truncated };
    }),
});
