import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { valuesPath } from "../paths";
import { rangeInput, spreadsheetIdInput, updateValuesResponse, valueInputOption, valuesInput } from "../schemas";

export const appendRows = defineAction({
  id: "append_rows",
  name: "Append rows",
  description: "Add rows after the last row of a table in a sheet (new rows are inserted, nothing below is overwritten).",
  input: z.object({
    spreadsheetId: spreadsheetIdInput,
    range: rangeInput("Where the table is: Google finds its last row and appends below it", ["Sheet1!A1", "Leads", "'Q3 Leads'!A:F"]),
    values: valuesInput,
    valueInputOption,
    insertDataOption: z.enum(["INSERT_ROWS", "OVERWRITE"]).default("INSERT_ROWS").meta({
      description: "INSERT_ROWS: insert new rows for the data; OVERWRITE: write into the empty rows after the table",
      examples: ["INSERT_ROWS"],
    }),
  }),
  output: z.looseObject({ spreadsheetId: z.string(), tableRange: z.string().optional(), updates: updateValuesResponse }),
  request: (input) => ({
    method: "POST",
    path: valuesPath(input.spreadsheetId, input.range, "append"),
    query: { valueInputOption: input.valueInputOption, insertDataOption: input.insertDataOption },
    body: { majorDimension: "ROWS", values: input.values },
  }),
});
