import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { tableInput } from "../identifiers";
import { asParameters, collectRows, MAX_ROWS, whereEquals } from "../rows";
import { rowsOutput } from "../values";
import { columnValues, runInDatabase, timeoutSecondsInput } from "./shared";

const input = z.object({
  table: tableInput,
  set: columnValues("Column → new value", [{ status: "shipped", shipped_at: "2024-05-14T09:30:00Z" }], "give at least one column to set"),
  where: columnValues(
    "Column → value the rows must equal (all must match; null matches NULL)",
    [{ id: 1042 }],
    "give at least one where column: an update without one would change every row of the table (use the query action for that, on purpose)",
  ),
  maxRows: z.number().int().min(0).max(MAX_ROWS).default(100).meta({ description: `Return at most this many updated rows (up to ${MAX_ROWS}); rowCount counts them all`, examples: [100] }),
  timeoutSeconds: timeoutSecondsInput,
});

/** UPDATE … SET … WHERE a = $1 AND … RETURNING *: every row matched is updated; the first maxRows come back. */
export const updateRowsAction = defineAction({
  id: "update_rows",
  name: "Update rows",
  description: "Set columns on the rows whose columns equal the values given; returns how many changed, and the rows.",
  input,
  output: z.object({ rowCount: z.number().int(), rows: rowsOutput, truncated: z.boolean() }),
  run: (input, tools) =>
    runInDatabase(tools, { readOnly: false, timeoutSeconds: input.timeoutSeconds }, async (tx) => {
      const updated = tx`update ${tx(input.table)} set ${tx(asParameters(input.set))} where ${whereEquals(tx, input.where)} returning *`;
      const { rows, seen, truncated } = await collectRows(updated, input.maxRows, true);
      return { rowCount: seen, rows, truncated };
    }),
});
