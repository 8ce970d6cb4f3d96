/**
 * `/v4/spreadsheets/{id}/values/{range}[:verb]`: the range is one encoded path segment (`Sheet1!A1:B2` →
 * `Sheet1!A1%3AB2`, `'Q3 Leads'!A:F` → `'Q3%20Leads'!A%3AF`), so a `/` or `?` in it cannot change the request.
 */
export function valuesPath(spreadsheetId: string, range: string, verb?: "append" | "clear"): string {
  return `/v4/spreadsheets/${encodeURIComponent(spreadsheetId)}/values/${encodeURIComponent(range)}${verb ? `:${verb}` : ""}`;
}

export function spreadsheetPath(spreadsheetId: string): string {
  return `/v4/spreadsheets/${encodeURIComponent(spreadsheetId)}`;
}

/**
 * `'<title>'!<cells>`: the sheet title always quoted, a quote inside it doubled (`Bob's Leads` → `'Bob''s Leads'!A5:ZZZ`),
 * so a title with spaces, quotes, `!` or `:` names that sheet and nothing else.
 */
export function sheetRange(sheetTitle: string, cells: string): string {
  return `'${sheetTitle.replaceAll("'", "''")}'!${cells}`;
}

/** 0 → A, 25 → Z, 26 → AA: a column's letters. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
