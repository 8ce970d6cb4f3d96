import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { tableInput } from "../identifiers";
import { whereEquals } from "../rows";
import { columnValues, runInDatabase, timeoutSecondsInput } from "./shared";

/** DELETE … WHERE a = $1 AND …; refuses an empty where, which would empty the table. */
export const deleteRowsAction = defineAction({
  id: "delete_rows",
  name: "Delete rows",
  description: "Delete the rows whose columns equal the values given; returns how many were deleted.",
  input: z.object({
    table: tableInput,
    where: columnValues(
      "Column → value the rows must equal (all must match; null matches NULL)",
      [{ id: 1042 }],
      "give at least one where column: a delete without one would empty the table (use the query action for that, on purpose)",
    ),
    timeoutSeconds: timeoutSecondsInput,
  }),
  output: z.object({ rowCount: z.number().int() }),
  run: (input, tools) =>
    runInDatabase(tools, { readOnly: false, timeoutSeconds: input.timeoutSeconds }, async (tx) => {
      const result = await tx`delete from ${tx(input.table)} where ${whereEquals(tx, input.where)}`;
      return { rowCount: result.count };
    }),
});
