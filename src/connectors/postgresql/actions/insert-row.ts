import { z } from "zod";
import { ConnectorActionError, defineAction } from "@/core/connectors";
import { tableInput } from "../identifiers";
import { asParameters } from "../rows";
import { toJsonRow } from "../values";
import { columnValues, runInDatabase, timeoutSecondsInput } from "./shared";

/** INSERT … RETURNING *: names quoted by postgres.js, values sent as parameters, the stored row (defaults filled) back. */
export const insertRowAction = defineAction({
  id: "insert_row",
  name: "Insert row",
  description: "Insert one row into a table and return it as stored (with ids and defaults).",
  input: z.object({
    table: tableInput,
    values: columnValues("Column → value; columns left out get their default (none at all inserts DEFAULT VALUES)", [{ email: "ada@example.com", name: "Ada Lovelace", plan: "pro" }]),
    timeoutSeconds: timeoutSecondsInput,
  }),
  output: z.object({ row: z.record(z.string(), z.unknown()).meta({ description: "The inserted row, every column" }) }),
  run: (input, tools) =>
    runInDatabase(tools, { readOnly: false, timeoutSeconds: input.timeoutSeconds }, async (tx) => {
      const inserted =
        Object.keys(input.values).length === 0
          ? await tx`insert into ${tx(input.table)} default values returning *`
          : await tx`insert into ${tx(input.table)} ${tx(asParameters(input.values))} returning *`;
      const row = inserted[0];
      // A rule or an INSTEAD trigger can swallow the row.
      if (!row) throw new ConnectorActionError(`PostgreSQL inserted no row into ${input.table} (a rule or trigger on the table may have prevented it).`);
      return { row: toJsonRow(row) };
    }),
});
