import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { valuesPath } from "../paths";
import { rangeInput, spreadsheetIdInput } from "../schemas";

export const clearRange = defineAction({
  id: "clear_range",
  name: "Clear range",
  description: "Empty the cells of a range (values only; formatting and validation stay).",
  input: z.object({
    spreadsheetId: spreadsheetIdInput,
    range: rangeInput("The cells to empty", ["Sheet1!A2:F", "'Q3 Leads'!A2:F500"]),
  }),
  output: z.looseObject({ spreadsheetId: z.string(), clearedRange: z.string() }),
  request: (input) => ({ method: "POST", path: valuesPath(input.spreadsheetId, input.range, "clear"), body: {} }),
});
