import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { pollTriggerAgainst } from "@/test/connector-harness";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { googleSheetsConnector } from ".";
import { badRange, SPREADSHEET_ID } from "./fixtures/sheets";
import { newRowInput } from "./new-row-trigger";
import { columnLetters, sheetRange } from "./paths";

const TOKEN = "ya29.CANARY-sheets-trigger-token-5d1e";
const VALUES = `/v4/spreadsheets/${SPREADSHEET_ID}/values`;
let api: LocalHttpServer;
const poll = (cursor: string | undefined, input: Record<string, unknown>) =>
  pollTriggerAgainst(googleSheetsConnector, "new_row", { baseUrl: api.base, authType: "oauth2", credentials: { accessToken: TOKEN } }, cursor, { spreadsheetId: SPREADSHEET_ID, ...input });
const urls = () => api.requests.map((request) => request.url);

/** A sheet in memory answering values.get for `<title>!A<from>:ZZZ[<to>]` as Google does: trailing empty rows left out. */
function serveSheet(title: string, rows: unknown[][], ranges: string[]) {
  for (const cells of ranges) {
    const [, from, to] = /^A(\d+):ZZZ(\d*)$/.exec(cells)!;
    api.route(`${VALUES}/${encodeURIComponent(sheetRange(title, cells))}`, (_req, res) => {
      const values = rows.slice(Number(from) - 1, to ? Number(to) : undefined);
      while (values.length > 0 && values.at(-1)!.length === 0) values.pop();
      sendJson(res, 200, { range: `'${title}'!${cells}`, majorDimension: "ROWS", ...(values.length > 0 ? { values } : {}) });
    });
  }
}

beforeAll(async () => {
  api = await startLocalHttpServer();
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

describe("google-sheets.new_row", () => {
  const leads: unknown[][] = [
    ["Date", "Name", "Email", "Amount"],
    ["3/18/2024", "Jane Doe", "jane.doe@example.com", "$1,250.00"],
    [],
    ["3/19/2024", "John Smith", "john.smith@example.com"],
  ];

  it("first poll reads the sheet once to find its last row and starts nothing; later polls read from there down", async () => {
    serveSheet("Leads", leads, ["A1:ZZZ", "A4:ZZZ", "A1:ZZZ1", "A6:ZZZ"]);
    const first = await poll(undefined, { sheet: "Leads" });
    expect(first).toMatchObject({ items: [], keys: [], cursor: "4" });
    expect(urls()).toEqual([`${VALUES}/'Leads'!A1%3AZZZ?majorDimension=ROWS`]);

    leads.push(["3/21/2024", "Ana Lima", "ana@example.com.br", "$4,300.00", "extra"], [], ["3/22/2024", "Kenji Sato", "kenji@example.jp", 2100]);
    api.requests.length = 0;
    const second = await poll(first.cursor, { sheet: "Leads" });
    expect(urls()).toEqual([`${VALUES}/'Leads'!A4%3AZZZ?majorDimension=ROWS`, `${VALUES}/'Leads'!A1%3AZZZ1?majorDimension=ROWS`]);
    expect(second.items).toEqual([
      { rowNumber: 5, values: ["3/21/2024", "Ana Lima", "ana@example.com.br", "$4,300.00", "extra"], row: { Date: "3/21/2024", Name: "Ana Lima", Email: "ana@example.com.br", Amount: "$4,300.00", column_5: "extra" } },
      { rowNumber: 7, values: ["3/22/2024", "Kenji Sato", "kenji@example.jp", 2100], row: { Date: "3/22/2024", Name: "Kenji Sato", Email: "kenji@example.jp", Amount: 2100, column_5: "" } },
    ]);
    expect(second.keys).toEqual(["5", "7"]);
    expect(second.cursor).toBe("7");
    for (const request of api.requests) expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(JSON.stringify([first.calls, second.calls])).not.toContain("CANARY");
    expect(second.calls).toHaveLength(2);

    // Nothing new: one read (no header row), the cursor stays.
    leads[4]![1] = "Ana L. (edited)";
    serveSheet("Leads", leads, ["A7:ZZZ"]);
    api.requests.length = 0;
    const quiet = await poll(second.cursor, { sheet: "Leads" });
    expect(quiet).toMatchObject({ items: [], cursor: "7" });
    expect(urls()).toEqual([`${VALUES}/'Leads'!A7%3AZZZ?majorDimension=ROWS`]);
  });

  it("quotes a sheet title with spaces and a quote, doubling the quote, as one encoded path segment", async () => {
    const title = "Bob's Q3 Leads!";
    expect(sheetRange(title, "A5:ZZZ")).toBe("'Bob''s Q3 Leads!'!A5:ZZZ");
    serveSheet(title, [["Name"], ["Ada"]], ["A1:ZZZ", "A2:ZZZ", "A1:ZZZ1"]);
    expect((await poll(undefined, { sheet: title })).cursor).toBe("2");
    expect(api.requests[0]!.url).toBe(`${VALUES}/'Bob''s%20Q3%20Leads!'!A1%3AZZZ?majorDimension=ROWS`);
    const none = await poll("2", { sheet: title });
    expect(none.items).toEqual([]);
    expect(api.requests[1]!.url).toBe(`${VALUES}/'Bob''s%20Q3%20Leads!'!A2%3AZZZ?majorDimension=ROWS`);
  });

  it("without a header row keys cells by column letter, and row 1 of an empty sheet is a new row", async () => {
    const rows: unknown[][] = [];
    serveSheet("Raw", rows, ["A1:ZZZ"]);
    const first = await poll(undefined, { sheet: "Raw", headerRow: false });
    expect(first).toMatchObject({ items: [], cursor: "0" });
    rows.push(["a", "", "c"], ["d"]);
    const second = await poll(first.cursor, { sheet: "Raw", headerRow: false });
    expect(second.items).toEqual([
      { rowNumber: 1, values: ["a", "", "c"], row: { A: "a", B: "", C: "c" } },
      { rowNumber: 2, values: ["d"], row: { A: "d", B: "", C: "" } },
    ]);
    expect(second.cursor).toBe("2");
    expect(urls().filter((url) => url.includes("ZZZ1"))).toEqual([]);
    expect([0, 25, 26, 701, 702, 18277].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA", "ZZZ"]);
  });

  it("with a header row, a header typed into an empty sheet is not a row; the first data row is", async () => {
    const rows: unknown[][] = [["Email", "Email"]];
    serveSheet("Signups", rows, ["A1:ZZZ", "A1:ZZZ1"]);
    const first = await poll("0", { sheet: "Signups" });
    expect(first).toMatchObject({ items: [], cursor: "1" });
    rows.push(["a@example.com", "b@example.com"]);
    const second = await poll("0", { sheet: "Signups" });
    expect(second.items).toEqual([{ rowNumber: 2, values: ["a@example.com", "b@example.com"], row: { Email: "a@example.com", Email_2: "b@example.com" } }]);
  });

  it("reports Google's refusal (a sheet that does not exist) without the token", async () => {
    api.route(`${VALUES}/'Leeds'!A3%3AZZZ`, (_req, res) => sendJson(res, 400, badRange));
    const error = await poll("3", { sheet: "Leeds" }).catch((e: unknown) => e as Error);
    expect((error as Error).message).toBe("Google Sheets answered 400: the request was rejected (Unable to parse range: Leeds!A1 (INVALID_ARGUMENT)). Check the step's input.");
    expect((error as Error).message).not.toContain("CANARY");
  });

  it("validates its input: a pasted URL gives the id, headerRow defaults to true, bad values are refused clearly", () => {
    expect(newRowInput.parse({ spreadsheetId: `https://docs.google.com/spreadsheets/d/${SPREADSHEET_ID}/edit#gid=0`, sheet: "Q3 Leads" })).toEqual({ spreadsheetId: SPREADSHEET_ID, sheet: "Q3 Leads", headerRow: true });
    const messages = (input: unknown) => newRowInput.safeParse(input).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(messages({ spreadsheetId: "../../drive", sheet: " " })).toEqual([
      "spreadsheetId: spreadsheetId is the long id in the sheet's URL (docs.google.com/spreadsheets/d/<id>/edit)",
      "sheet: give the sheet's title, as on its tab (e.g. Sheet1)",
    ]);
    expect(messages({ spreadsheetId: SPREADSHEET_ID, sheet: "Leads\nx", headerRow: "yes" })).toEqual(["sheet: a sheet title is on one line", "headerRow: Invalid input: expected boolean, received string"]);
    expect(messages({ spreadsheetId: SPREADSHEET_ID })?.[0]).toMatch(/^sheet: /);
  });
});
