import { z } from "zod";

const SPREADSHEET_URL = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/;

/** A spreadsheet id, or the sheet's URL pasted from the browser (the id is taken from it). */
export const spreadsheetIdInput = z
  .string()
  .trim()
  // On the input side of the pipe: that is what the form's JSON Schema is made from.
  .meta({
    description: "The spreadsheet's id (between /d/ and /edit in its URL), or the URL itself",
    examples: ["1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms", "https://docs.google.com/spreadsheets/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit#gid=0"],
  })
  .transform((value) => SPREADSHEET_URL.exec(value)?.[1] ?? value)
  .pipe(z.string().regex(/^[A-Za-z0-9_-]{10,128}$/, "spreadsheetId is the long id in the sheet's URL (docs.google.com/spreadsheets/d/<id>/edit)"));

export const rangeInput = (description: string, examples: string[]) =>
  z
    .string()
    .min(1, "give a range such as Sheet1!A1:D")
    .refine((value) => !/[\u0000-\u001f]/.test(value), "the range must be on one line")
    .meta({ description: `${description} (A1 notation; quote sheet names with spaces: 'Q3 Leads'!A:F)`, examples });

/** One cell as the API takes and gives it: text, a number, a boolean; null leaves a cell as it is on writes. */
export const cellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const valuesInput = z
  .array(z.array(cellValue))
  .min(1, "give at least one row")
  .meta({ description: "Rows of cells, each row a list from left to right", examples: [[["2024-03-18", "Jane Doe", "jane.doe@example.com", 1250]]] });

export const valueInputOption = z.enum(["USER_ENTERED", "RAW"]).default("USER_ENTERED").meta({
  description: "USER_ENTERED: read values as if typed (formulas, dates, numbers are parsed); RAW: store them as given",
  examples: ["USER_ENTERED"],
});

export const majorDimension = z.enum(["ROWS", "COLUMNS"]).default("ROWS").meta({ description: "Whether each inner list is a row or a column", examples: ["ROWS"] });

/** UpdateValuesResponse: what an append (under `updates`) or an update changed. */
export const updateValuesResponse = z.looseObject({
  spreadsheetId: z.string(),
  updatedRange: z.string(),
  updatedRows: z.number().int().optional(),
  updatedColumns: z.number().int().optional(),
  updatedCells: z.number().int().optional(),
});

/** A sheet (tab): its properties, grid size among them. */
export const sheetSchema = z.looseObject({
  properties: z.looseObject({
    sheetId: z.number().int(),
    title: z.string(),
    index: z.number().int().optional(),
    sheetType: z.string().optional(),
    gridProperties: z.looseObject({ rowCount: z.number().int().optional(), columnCount: z.number().int().optional(), frozenRowCount: z.number().int().optional() }).optional(),
  }),
});

export const spreadsheetSchema = z.looseObject({
  spreadsheetId: z.string(),
  spreadsheetUrl: z.string().optional(),
  properties: z.looseObject({ title: z.string(), locale: z.string().optional(), timeZone: z.string().optional() }),
  sheets: z.array(sheetSchema).default([]),
});
