import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { describeConnector } from "@/core/connectors";
import { runActionAgainst } from "@/test/connector-harness";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { googleSheetsConnector } from ".";
import { appendAnswer, badRange, clearAnswer, createdSpreadsheet, leadsSpreadsheet, leadsValues, permissionDenied, SPREADSHEET_ID, updateAnswer } from "./fixtures/sheets";
import { rowsByHeader } from "./header-rows";

const TOKEN = "ya29.CANARY-sheets-access-token-91c2";
const VALUES = `/v4/spreadsheets/${SPREADSHEET_ID}/values`;
let api: LocalHttpServer;
const run = (action: string, input: unknown) => runActionAgainst(googleSheetsConnector, action, { baseUrl: api.base, authType: "oauth2", credentials: { accessToken: TOKEN } }, input);
const lastRequest = () => api.requests.at(-1)!;

beforeAll(async () => {
  api = await startLocalHttpServer();
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

describe("google-sheets connector", () => {
  it("loads, with Google OAuth on the spreadsheets scope, no test request, the new-row trigger, and a JSON Schema for every input", () => {
    const described = describeConnector(googleSheetsConnector);
    expect(described).toMatchObject({ id: "google-sheets", icon: "sheet", baseUrl: "https://sheets.googleapis.com", triggers: [{ id: "google-sheets.new_row", kind: "polling" }] });
    expect(described.auth).toEqual([{ type: "oauth2", fields: [], scopes: ["https://www.googleapis.com/auth/spreadsheets"], oauthGrant: "authorization_code" }]);
    expect(googleSheetsConnector.oauth).toMatchObject({ app: "google", tokenUrl: "https://oauth2.googleapis.com/token", authorizeParams: { access_type: "offline", prompt: "consent" } });
    expect(googleSheetsConnector.test).toBeUndefined();
    expect(googleSheetsConnector.rateLimit).toEqual({ requests: 60, perMs: 60_000 });
    expect(described.actions.map((a) => a.id.split(".")[1])).toEqual(["append_rows", "read_range", "update_range", "clear_range", "create_spreadsheet", "get_spreadsheet"]);
    for (const action of described.actions) expect(action.inputSchema).toMatchObject({ type: "object" });
    for (const action of described.actions) {
      for (const [name, field] of Object.entries((action.inputSchema.properties ?? {}) as Record<string, { description?: string; examples?: unknown[] }>)) {
        expect(field.description, `${action.id}.${name}`).toMatch(/\w/);
        expect(field.examples?.length, `${action.id}.${name}`).toBeGreaterThan(0);
      }
    }
    expect(described.actions[0]!.inputSchema).toMatchObject({ required: ["spreadsheetId", "range", "values"], properties: { spreadsheetId: { type: "string", examples: [SPREADSHEET_ID, expect.any(String)] } } });
  });
});

describe("google-sheets.append_rows", () => {
  it("posts the rows to the encoded range's :append with USER_ENTERED and INSERT_ROWS", async () => {
    api.route(`${VALUES}/Leads!A1%3AE1:append`, (_req, res) => sendJson(res, 200, appendAnswer));
    const { output, calls } = await run("append_rows", {
      spreadsheetId: `https://docs.google.com/spreadsheets/d/${SPREADSHEET_ID}/edit#gid=0`,
      range: "Leads!A1:E1",
      values: [["3/22/2024", "Kenji Sato", "kenji@example.jp", 2100, null]],
    });
    expect(lastRequest()).toMatchObject({ method: "POST", url: `${VALUES}/Leads!A1%3AE1:append?valueInputOption=USER_ENTERED&insertDataOption=INSERT_ROWS` });
    expect(lastRequest().headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(JSON.parse(lastRequest().body)).toEqual({ majorDimension: "ROWS", values: [["3/22/2024", "Kenji Sato", "kenji@example.jp", 2100, null]] });
    expect(output).toEqual(appendAnswer);
    expect(JSON.stringify([calls, output])).not.toContain("CANARY");
  });

  it("encodes sheet names with spaces and keeps RAW/OVERWRITE when asked", async () => {
    api.route(`${VALUES}/'Q3%20Leads'!A%3AF:append`, (_req, res) => sendJson(res, 200, appendAnswer));
    await run("append_rows", { spreadsheetId: SPREADSHEET_ID, range: "'Q3 Leads'!A:F", values: [["=1+1"]], valueInputOption: "RAW", insertDataOption: "OVERWRITE" });
    expect(lastRequest().url).toBe(`${VALUES}/'Q3%20Leads'!A%3AF:append?valueInputOption=RAW&insertDataOption=OVERWRITE`);
  });

  it("a range with a slash or question mark stays one path segment", async () => {
    api.route(`${VALUES}/a%2Fb%3Fc:append`, (_req, res) => sendJson(res, 200, appendAnswer));
    await run("append_rows", { spreadsheetId: SPREADSHEET_ID, range: "a/b?c", values: [["x"]] });
    expect(lastRequest().url).toBe(`${VALUES}/a%2Fb%3Fc:append?valueInputOption=USER_ENTERED&insertDataOption=INSERT_ROWS`);
    await expect(run("append_rows", { spreadsheetId: "../../drive", range: "A1", values: [["x"]] })).rejects.toThrow(/spreadsheetId is the long id/);
  });
});

describe("google-sheets.read_range", () => {
  it("reads values with the render options and, with headerRow, rows keyed by the header", async () => {
    api.route(`${VALUES}/Leads!A1%3AE`, (_req, res) => sendJson(res, 200, leadsValues));
    const { output } = await run("read_range", { spreadsheetId: SPREADSHEET_ID, range: "Leads!A1:E", headerRow: true, valueRenderOption: "UNFORMATTED_VALUE", dateTimeRenderOption: "FORMATTED_STRING" });
    expect(lastRequest()).toMatchObject({ method: "GET", url: `${VALUES}/Leads!A1%3AE?majorDimension=ROWS&valueRenderOption=UNFORMATTED_VALUE&dateTimeRenderOption=FORMATTED_STRING` });
    expect(output).toEqual({
      ...leadsValues,
      rows: [
        { Date: "3/18/2024", Name: "Jane Doe", Email: "jane.doe@example.com", Amount: "$1,250.00", Status: "Won" },
        { Date: "3/19/2024", Name: "John Smith", Email: "john.smith@example.com", Amount: "$980.00", Status: "" },
        { Date: "", Name: "", Email: "", Amount: "", Status: "" },
        { Date: "3/21/2024", Name: "Ana Lima", Email: "ana@example.com.br", Amount: "$4,300.00", Status: "Open" },
      ],
    });
  });

  it("gives an empty range as no values (Google leaves `values` out) and no rows unless asked", async () => {
    api.route(`${VALUES}/Leads!A100%3AE`, (_req, res) => sendJson(res, 200, { range: "Leads!A100:E1000", majorDimension: "ROWS" }));
    const { output } = await run("read_range", { spreadsheetId: SPREADSHEET_ID, range: "Leads!A100:E" });
    expect(lastRequest().url).toBe(`${VALUES}/Leads!A100%3AE?majorDimension=ROWS&valueRenderOption=FORMATTED_VALUE`);
    expect(output).toEqual({ range: "Leads!A100:E1000", majorDimension: "ROWS", values: [] });
    await expect(run("read_range", { spreadsheetId: SPREADSHEET_ID, range: "A:B", headerRow: true, majorDimension: "COLUMNS" })).rejects.toThrow(/headerRow needs majorDimension ROWS/);
  });

  it("keys empty and repeated headers so no cell is lost", () => {
    expect(rowsByHeader([["Email", "", "Email", "Email_2"], ["a@x.com", 1, "b@x.com", "c@x.com", "extra"]])).toEqual([
      { Email: "a@x.com", column_2: 1, Email_2: "b@x.com", Email_2_2: "c@x.com", column_5: "extra" },
    ]);
    expect(rowsByHeader([])).toEqual([]);
  });
});

describe("google-sheets writes", () => {
  it("update_range PUTs the values with valueInputOption", async () => {
    api.route(`${VALUES}/Leads!E3%3AE4`, (_req, res) => sendJson(res, 200, updateAnswer));
    const { output } = await run("update_range", { spreadsheetId: SPREADSHEET_ID, range: "Leads!E3:E4", values: [["Won", "Lost"]], majorDimension: "COLUMNS", valueInputOption: "RAW" });
    expect(lastRequest()).toMatchObject({ method: "PUT", url: `${VALUES}/Leads!E3%3AE4?valueInputOption=RAW` });
    expect(JSON.parse(lastRequest().body)).toEqual({ majorDimension: "COLUMNS", values: [["Won", "Lost"]] });
    expect(output).toEqual(updateAnswer);
  });

  it("clear_range POSTs to :clear", async () => {
    api.route(`${VALUES}/'Q3%20Leads'!A2%3AF500:clear`, (_req, res) => sendJson(res, 200, clearAnswer));
    const { output } = await run("clear_range", { spreadsheetId: SPREADSHEET_ID, range: "'Q3 Leads'!A2:F500" });
    expect(lastRequest()).toMatchObject({ method: "POST", url: `${VALUES}/'Q3%20Leads'!A2%3AF500:clear`, body: "{}" });
    expect(output).toEqual(clearAnswer);
  });

  it("create_spreadsheet posts the title, locale and sheet titles", async () => {
    api.route("/v4/spreadsheets", (_req, res) => sendJson(res, 200, createdSpreadsheet));
    const { output } = await run("create_spreadsheet", { title: "Q3 Leads", sheetTitles: ["Leads", "Archive"], timeZone: "America/New_York" });
    expect(lastRequest()).toMatchObject({ method: "POST", url: "/v4/spreadsheets" });
    expect(JSON.parse(lastRequest().body)).toEqual({ properties: { title: "Q3 Leads", timeZone: "America/New_York" }, sheets: [{ properties: { title: "Leads" } }, { properties: { title: "Archive" } }] });
    expect(output).toEqual(createdSpreadsheet);
    await run("create_spreadsheet", { title: "Empty" });
    expect(JSON.parse(lastRequest().body)).toEqual({ properties: { title: "Empty" } });
  });
});

describe("google-sheets.get_spreadsheet", () => {
  it("asks for properties only and sums up the sheets and their grid sizes", async () => {
    api.route(`/v4/spreadsheets/${SPREADSHEET_ID}`, (_req, res) => sendJson(res, 200, leadsSpreadsheet));
    const { output } = await run("get_spreadsheet", { spreadsheetId: SPREADSHEET_ID });
    const query = new URL(lastRequest().url, "http://x").searchParams;
    expect(query.get("includeGridData")).toBe("false");
    expect(query.get("fields")).toBe("spreadsheetId,spreadsheetUrl,properties,sheets.properties,namedRanges");
    expect(output).toEqual({
      ...leadsSpreadsheet,
      title: "Sales pipeline 2024",
      sheetNames: ["Leads", "Q3 Leads"],
      grids: [
        { sheetId: 0, title: "Leads", index: 0, rowCount: 1000, columnCount: 26, frozenRowCount: 1 },
        { sheetId: 873640173, title: "Q3 Leads", index: 1, rowCount: 500, columnCount: 6 },
      ],
    });
  });
});

describe("Google errors", () => {
  it("403 PERMISSION_DENIED and 400 INVALID_ARGUMENT become the outbound client's messages, without the token", async () => {
    api.route(`${VALUES}/Leads!A1`, (_req, res) => sendJson(res, 403, permissionDenied));
    const denied = await run("read_range", { spreadsheetId: SPREADSHEET_ID, range: "Leads!A1" }).then(() => undefined, (e: unknown) => e as Error);
    expect(denied?.message).toBe(
      "Google Sheets answered 403: the token may not do this (The caller does not have permission (PERMISSION_DENIED)); check the connection's permissions or scopes, or reconnect it with more access.",
    );
    expect(denied?.message).not.toContain("CANARY");
    api.route(`${VALUES}/Leeds!A1:append`, (_req, res) => sendJson(res, 400, badRange));
    await expect(run("append_rows", { spreadsheetId: SPREADSHEET_ID, range: "Leeds!A1", values: [["x"]] })).rejects.toThrow(
      "Google Sheets answered 400: the request was rejected (Unable to parse range: Leeds!A1 (INVALID_ARGUMENT)). Check the step's input.",
    );
  });
});
