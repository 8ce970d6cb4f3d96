import { defineConnector } from "@/core/connectors";
import { appendRows } from "./actions/append-rows";
import { clearRange } from "./actions/clear-range";
import { createSpreadsheet } from "./actions/create-spreadsheet";
import { getSpreadsheet } from "./actions/get-spreadsheet";
import { readRange } from "./actions/read-range";
import { updateRange } from "./actions/update-range";
import { googleSheetsAuth } from "./auth";
import { newRow } from "./new-row-trigger";

/**
 * Google Sheets through the Sheets API v4. No `test`: every Sheets endpoint needs a spreadsheet id, so an OAuth
 * connection is tested by refreshing its token. The API has no webhooks: the new-row trigger polls the sheet named
 * in its input. No pagination: values come whole.
 */
export const googleSheetsConnector = defineConnector({
  id: "google-sheets",
  name: "Google Sheets",
  icon: "sheet",
  categories: ["productivity", "spreadsheets"],
  description: "Append, read, update and clear rows, and create spreadsheets; start workflows from new rows.",
  auth: googleSheetsAuth,
  baseUrl: "https://sheets.googleapis.com",
  // Sheets allows 60 read and 60 write requests per minute per user per project.
  rateLimit: { requests: 60, perMs: 60_000 },
  actions: [appendRows, readRange, updateRange, clearRange, createSpreadsheet, getSpreadsheet],
  triggers: [newRow],
});
