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
