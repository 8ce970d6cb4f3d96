import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { valuesPath } from "../paths";
import { majorDimension, rangeInput, spreadsheetIdInput, updateValuesResponse, valueInputOption, valuesInput } from "../schemas";

export const updateRange = defineAction({
  id: "update_range",
  name: "Update range",
  description: "Write cells into a range, replacing what is there (null leaves a cell unchanged, \"\" empties it).",
  input: z.object({
    spreadsheetId: spreadsheetIdInput,
    range: rangeInput("The cells to write, starting at its top-left cell", ["Sheet1!B2:D2", "Leads!F14"]),
    values: valuesInput,
    majorDimension,
    valueInputOption,
  }),
  output: updateValuesResponse,
  request: (input) => ({
    method: "PUT",
    path: valuesPath(input.spreadsheetId, input.range),
    query: { valueInputOption: input.valueInputOption },
    body: { majorDimension: input.majorDimension, values: input.values },
  }),
});
