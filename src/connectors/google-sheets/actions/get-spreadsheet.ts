import { z } from "zod";
import { ConnectorActionError, defineAction } from "@/core/connectors";
import { spreadsheetPath } from "../paths";
import { spreadsheetIdInput, spreadsheetSchema } from "../schemas";

const gridSummary = z.object({
  sheetId: z.number().int(),
  title: z.string(),
  index: z.number().int().optional(),
  rowCount: z.number().int().optional(),
  columnCount: z.number().int().optional(),
  frozenRowCount: z.number().int().optional(),
});

// Properties only: without a field mask the answer carries every sheet's formats, protections and charts.
const FIELDS = "spreadsheetId,spreadsheetUrl,properties,sheets.properties,namedRanges";

export const getSpreadsheet = defineAction({
  id: "get_spreadsheet",
  name: "Get spreadsheet",
  description: "Read a spreadsheet's title, URL and sheets (tabs) with their grid sizes, to find the sheet names for ranges.",
  input: z.object({ spreadsheetId: spreadsheetIdInput }),
  // The answer as Google gives it, plus `title`, `sheetNames` and `grids` (each sheet's size) at the top.
  output: spreadsheetSchema.extend({ title: z.string(), sheetNames: z.array(z.string()), grids: z.array(gridSummary) }),
  request: (input) => ({ method: "GET", path: spreadsheetPath(input.spreadsheetId), query: { includeGridData: false, fields: FIELDS } }),
  response: ({ body }) => {
    const parsed = spreadsheetSchema.safeParse(body);
    if (!parsed.success) throw new ConnectorActionError("Google Sheets answered without a spreadsheet (no spreadsheetId or title); check the spreadsheet id.");
    const spreadsheet = parsed.data;
    const grids = spreadsheet.sheets.map(({ properties: p }) => ({
      sheetId: p.sheetId,
      title: p.title,
      ...(p.index !== undefined ? { index: p.index } : {}),
      ...(p.gridProperties?.rowCount !== undefined ? { rowCount: p.gridProperties.rowCount } : {}),
      ...(p.gridProperties?.columnCount !== undefined ? { columnCount: p.gridProperties.columnCount } : {}),
      ...(p.gridProperties?.frozenRowCount !== undefined ? { frozenRowCount: p.gridProperties.frozenRowCount } : {}),
    }));
    return { ...spreadsheet, title: spreadsheet.properties.title, sheetNames: grids.map((grid) => grid.title), grids };
  },
});
