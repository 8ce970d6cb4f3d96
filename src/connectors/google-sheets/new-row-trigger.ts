import { z } from "zod";
import { defineTrigger, type ActionRunTools } from "@/core/connectors";
import { rowsByHeader } from "./header-rows";
import { columnLetters, sheetRange, valuesPath } from "./paths";
import { cellValue, spreadsheetIdInput } from "./schemas";

export const newRowInput = z.object({
  spreadsheetId: spreadsheetIdInput,
  sheet: z
    .string()
    .refine((title) => title.trim() !== "", "give the sheet's title, as on its tab (e.g. Sheet1)")
    .refine((title) => !/[\u0000-\u001f]/.test(title), "a sheet title is on one line")
    .meta({ description: "The sheet (tab) to watch, by its title as shown on the tab; spaces and quotes are fine", examples: ["Sheet1", "Q3 Leads"] }),
  headerRow: z.boolean().default(true).meta({ description: "Row 1 holds column names: each row is also given as an object keyed by them (else by column letter)", examples: [true] }),
});
type NewRowInput = z.output<typeof newRowInput>;

export const newRowOutput = z.object({
  rowNumber: z.number().int().min(1).meta({ description: "The row's number in the sheet (1 is the top row)" }),
  values: z.array(cellValue).meta({ description: "The row's cells from column A, as shown (formatted); trailing empty cells left out" }),
  row: z.record(z.string(), cellValue).meta({ description: "The cells keyed by the header row's names (headerRow), else by column letter (A, B, …)" }),
});

type Cells = unknown[];

/** The cells of `cells` in the sheet, row by row; Google leaves `values` out of an empty range and trailing empty rows out of any. */
async function readRows(tools: ActionRunTools, input: NewRowInput, cells: string): Promise<Cells[]> {
  const { body } = await tools.request({ method: "GET", path: valuesPath(input.spreadsheetId, sheetRange(input.sheet, cells)), query: { majorDimension: "ROWS" } });
  const values = typeof body === "object" && body !== null ? (body as { values?: unknown }).values : undefined;
  return Array.isArray(values) ? values.map((row: unknown) => (Array.isArray(row) ? (row as Cells) : [])) : [];
}

const isBlank = (cells: Cells) => cells.every((cell) => cell === "" || cell === null || cell === undefined);

/** The number of the last row holding anything, among `rows` read from row `firstRow` down (`firstRow - 1` when none does). */
function lastFilledRow(rows: Cells[], firstRow: number): number {
  for (let index = rows.length - 1; index >= 0; index -= 1) if (!isBlank(rows[index]!)) return firstRow + index;
  return firstRow - 1;
}

/** The cursor is the number of the last row seen (0: the sheet was empty). */
function lastSeenRow(cursor: string | undefined): number | undefined {
  return cursor !== undefined && /^\d{1,9}$/.test(cursor) ? Number(cursor) : undefined;
}

/**
 * Rows added below the last row seen. The first poll reads the sheet once to find its last row (no run starts for
 * rows already there); later polls read only from the last row seen down (`'Sheet'!A<last>:ZZZ`), and the header
 * row when there are new rows. Reading from the last row seen rather than the one after it keeps the range inside
 * the sheet's grid: a sheet filled by appends ends at its last row, and a range starting below the grid can be
 * refused ("exceeds grid limits"); an end column past the grid (ZZZ) is cut to it.
 * Sheets allows 60 read requests per minute per user: a quiet poll is one read, a poll that finds rows two, once a
 * minute. A row counts once, when it first has a value: edits to it later, or a row typed into a gap above, start
 * nothing.
 */
export const newRow = defineTrigger({
  id: "new_row",
  name: "New row",
  description: "Starts a run for each row added at the bottom of a sheet (checked every minute), with its cells keyed by the header row.",
  kind: "polling",
  intervalMs: 60_000,
  input: newRowInput,
  output: newRowOutput,
  async poll(cursor, rawInput, tools) {
    const input = newRowInput.parse(rawInput);
    const last = lastSeenRow(cursor);
    if (last === undefined) return { items: [], nextCursor: String(lastFilledRow(await readRows(tools, input, "A1:ZZZ"), 1)) };
    const firstRow = Math.max(last, 1);
    const rows = await readRows(tools, input, `A${firstRow}:ZZZ`);
    const fresh = rows
      .map((cells, index) => ({ rowNumber: firstRow + index, cells }))
      .filter(({ rowNumber, cells }) => rowNumber > last && !(input.headerRow && rowNumber === 1) && !isBlank(cells));
    const nextCursor = String(Math.max(last, lastFilledRow(rows, firstRow)));
    if (fresh.length === 0) return { items: [], nextCursor };
    const width = Math.max(...fresh.map(({ cells }) => cells.length));
    const header = input.headerRow ? ((await readRows(tools, input, "A1:ZZZ1"))[0] ?? []) : Array.from({ length: width }, (_, index) => columnLetters(index));
    const objects = rowsByHeader([header, ...fresh.map(({ cells }) => cells)]);
    return { items: fresh.map(({ rowNumber, cells }, index) => ({ rowNumber, values: cells, row: objects[index] })), nextCursor };
  },
  dedupeKey: (item) => String(newRowOutput.parse(item).rowNumber),
});
