import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runActionAgainst } from "@/test/connector-harness";
import { notionConnector } from ".";
import * as fx from "./fixtures";
import { NOTION_SECRET, startNotionServer } from "./notion-test-server";

let server: Awaited<ReturnType<typeof startNotionServer>>;
const run = (actionId: string, input: unknown) => runActionAgainst(notionConnector, actionId, server.connection(), input);
const sent = () => server.api.requests.map((r) => `${r.method} ${r.url}`);
const CURSOR = "2b7e4a10-5c3d-4f8e-9a1b-0c2d3e4f5a60";

beforeAll(async () => {
  server = await startNotionServer();
});
afterAll(() => server.api.close());
beforeEach(() => {
  server.api.requests.length = 0;
});

describe("notion listings", () => {
  it("query_database sends filter and sorts, walks start_cursor in the body, and stops when has_more is false", async () => {
    server.route(`/v1/databases/${fx.DATABASE_ID}/query`, ({ body }) => [200, body.start_cursor === CURSOR ? fx.list([fx.callAda], null, "page") : fx.list([fx.buyMilk, fx.fixBike], CURSOR, "page")]);
    const filter = { property: "Status", status: { equals: "Todo" } };
    const sorts = [{ property: "Due", direction: "ascending" }];
    const { output, calls } = await run("query_database", { databaseId: fx.DATABASE_ID, filter, sorts, pageSize: 2 });
    expect(sent()).toEqual([`POST /v1/databases/${fx.DATABASE_ID}/query`, `POST /v1/databases/${fx.DATABASE_ID}/query`]);
    expect(server.bodies()).toEqual([
      { filter, sorts, page_size: 2 },
      { filter, sorts, page_size: 2, start_cursor: CURSOR },
    ]);
    expect(output).toEqual({ results: [fx.buyMilk, fx.fixBike, fx.callAda], pages: 2, hasMore: false });
    expect(JSON.stringify(calls)).not.toContain(NOTION_SECRET);
  });

  it("query_database stops at maxPages and reports more", async () => {
    server.route(`/v1/databases/${fx.DATABASE_ID}/query`, () => [200, fx.list([fx.buyMilk], CURSOR, "page")]);
    const { output } = await run("query_database", { databaseId: fx.DATABASE_ID, maxPages: 1 });
    expect(server.bodies()).toEqual([{ page_size: 100 }]);
    expect(output).toMatchObject({ pages: 1, hasMore: true });
  });

  it("search filters by object type and sorts by last edit, returning pages and databases", async () => {
    server.route("/v1/search", () => [200, fx.list([fx.tasksDatabase, fx.buyMilk], null)]);
    const { output } = await run("search", { query: "Tasks", objectType: "database", sortDirection: "descending" });
    expect(server.bodies()).toEqual([{ query: "Tasks", filter: { property: "object", value: "database" }, sort: { direction: "descending", timestamp: "last_edited_time" }, page_size: 100 }]);
    expect(output).toMatchObject({ results: [{ object: "database", title: [{ plain_text: "Tasks" }] }, { object: "page", id: fx.PAGE_ID }], pages: 1, hasMore: false });
  });

  it("list_block_children walks start_cursor in the query", async () => {
    const first = fx.paragraph("7a1b9c3e-2d4f-4e6a-8b0c-1d2e3f4a5b6c", "2 litres.");
    const second = fx.paragraph("9c8b7a6f-5e4d-4c3b-a291-8f7e6d5c4b3a", "From the corner shop.");
    server.route(`/v1/blocks/${fx.PAGE_ID}/children`, ({ url }) => [200, url.searchParams.get("start_cursor") === second.id ? fx.list([second], null, "block") : fx.list([first], second.id, "block")]);
    const { output } = await run("list_block_children", { blockId: fx.PAGE_ID, pageSize: 1 });
    expect(sent()).toEqual([`GET /v1/blocks/${fx.PAGE_ID}/children?page_size=1`, `GET /v1/blocks/${fx.PAGE_ID}/children?page_size=1&start_cursor=${second.id}`]);
    expect(output).toEqual({ results: [first, second], pages: 2, hasMore: false });
  });

  it("append_paragraph sends one paragraph block per blank-line-separated part, splitting text over 2000 characters", async () => {
    const appended = [fx.paragraph("7a1b9c3e-2d4f-4e6a-8b0c-1d2e3f4a5b6c", "Call with Ada went well."), fx.paragraph("9c8b7a6f-5e4d-4c3b-a291-8f7e6d5c4b3a", "Next step")];
    server.route(`/v1/blocks/${fx.PAGE_ID}/children`, () => [200, fx.list(appended, null, "block")]);
    const long = "x".repeat(2500);
    const { output } = await run("append_paragraph", { blockId: fx.PAGE_ID, text: `Call with Ada went well.\nShe liked it.\n\n  \n${long}`, after: "7a1b9c3e2d4f4e6a8b0c1d2e3f4a5b6c" });
    expect(sent()).toEqual([`PATCH /v1/blocks/${fx.PAGE_ID}/children`]);
    expect(server.bodies()[0]).toEqual({
      children: [
        { object: "block", type: "paragraph", paragraph: { rich_text: [{ type: "text", text: { content: "Call with Ada went well.\nShe liked it." } }] } },
        { object: "block", type: "paragraph", paragraph: { rich_text: [{ type: "text", text: { content: "x".repeat(2000) } }, { type: "text", text: { content: "x".repeat(500) } }] } },
      ],
      after: "7a1b9c3e-2d4f-4e6a-8b0c-1d2e3f4a5b6c",
    });
    expect(output).toMatchObject({ object: "list", results: [{ type: "paragraph" }, { type: "paragraph" }], has_more: false });
  });

  it("append_paragraph refuses empty text and more than 100 paragraphs before calling Notion", async () => {
    await expect(run("append_paragraph", { blockId: fx.PAGE_ID, text: " \n\n " })).rejects.toThrow(/give some text to append/);
    await expect(run("append_paragraph", { blockId: fx.PAGE_ID, text: Array.from({ length: 101 }, (_, i) => `p${i}`).join("\n\n") })).rejects.toThrow(/at most 100 paragraphs/);
    expect(sent()).toEqual([]);
  });
});
