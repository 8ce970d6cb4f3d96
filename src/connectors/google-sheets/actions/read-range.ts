import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { rowsByHeader } from "../header-rows";
import { valuesPath } from "../paths";
import { cellValue, majorDimension, rangeInput, spreadsheetIdInput } from "../schemas";

export const readRange = defineAction({
  id: "read_range",
  name: "Read range",
  description: "Read the cells of a range; with headerRow, also as one object per row keyed by the first row's column names.",
  input: z
    .object({
      spreadsheetId: spreadsheetIdInput,
      range: rangeInput("The cells to read", ["Sheet1!A1:D100", "Leads", "'Q3 Leads'!A:F"]),
      majorDimension,
      valueRenderOption: z.enum(["FORMATTED_VALUE", "UNFORMATTED_VALUE", "FORMULA"]).default("FORMATTED_VALUE").meta({
        description: "FORMATTED_VALUE: as shown ($1,250.00); UNFORMATTED_VALUE: raw numbers (1250); FORMULA: the formulas",
        examples: ["FORMATTED_VALUE"],
      }),
      dateTimeRenderOption: z.enum(["SERIAL_NUMBER", "FORMATTED_STRING"]).optional().meta({
        description: "How dates come back when values are not formatted (default SERIAL_NUMBER)",
        examples: ["FORMATTED_STRING"],
      }),
      headerRow: z.boolean().default(false).meta({ description: "The range's first row holds column names: also output `rows` as objects", examples: [true] }),
    })
    .refine((input) => !input.headerRow || input.majorDimension === "ROWS", { message: "headerRow needs majorDimension ROWS.", path: ["headerRow"] }),
  output: z.looseObject({
    range: z.string(),
    majorDimension: z.enum(["ROWS", "COLUMNS"]),
    values: z.array(z.array(cellValue)),
    rows: z.array(z.record(z.string(), cellValue)).optional(),
  }),
  request: (input) => ({
    method: "GET",
    path: valuesPath(input.spreadsheetId, input.range),
    query: { majorDimension: input.majorDimension, valueRenderOption: input.valueRenderOption, dateTimeRenderOption: input.dateTimeRenderOption },
  }),
  response: ({ body }, input) => {
    // The API leaves `values` out of an empty range.
    const answer = (typeof body === "object" && body !== null ? body : {}) as { values?: unknown[][] };
    const values = answer.values ?? [];
    return { ...answer, values, ...(input.headerRow ? { rows: rowsByHeader(values) } : {}) };
  },
});
