import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runActionAgainst } from "@/test/connector-harness";
import { notionConnector } from ".";
import * as fx from "./fixtures";
import { NOTION_SECRET, startNotionServer } from "./notion-test-server";

let server: Awaited<ReturnType<typeof startNotionServer>>;
const run = (actionId: string, input: unknown) => runActionAgainst(notionConnector, actionId, server.connection(), input);
const sent = () => server.api.requests.map((r) => `${r.method} ${r.url}`);

beforeAll(async () => {
  server = await startNotionServer();
});
afterAll(() => server.api.close());
beforeEach(() => {
  server.api.requests.length = 0;
});

describe("notion pages", () => {
  it("get_page takes a page link, sends the secret and Notion-Version, and returns the page", async () => {
    server.route(`/v1/pages/${fx.PAGE_ID}`, () => [200, fx.buyMilk]);
    const { output, calls } = await run("get_page", { pageId: `https://www.notion.so/acme/Buy-milk-${fx.PAGE_ID.replaceAll("-", "")}?v=0f1e2d3c4b5a69788796a5b4c3d2e1f0` });
    expect(sent()).toEqual([`GET /v1/pages/${fx.PAGE_ID}`]);
    expect(server.api.requests[0]!.headers).toMatchObject({ authorization: `Bearer ${NOTION_SECRET}`, "notion-version": "2022-06-28" });
    expect(output).toMatchObject({ id: fx.PAGE_ID, properties: { Status: { type: "status", status: { name: "Todo" } }, Estimate: { number: 2 } } });
    expect(JSON.stringify({ output, calls })).not.toContain(NOTION_SECRET);
  });

  it("get_page of a page not shared with the integration: the outbound client's 404 message with Notion's code", async () => {
    server.route("/v1/pages/00000000-0000-4000-8000-000000000000", () => [404, fx.objectNotFound]);
    const failure = (await run("get_page", { pageId: "00000000000040008000000000000000" }).catch((error: unknown) => error)) as Error;
    expect(failure.message).toBe(
      `Notion answered 404: not found (Could not find page with ID: ${fx.PAGE_ID}. Make sure the relevant pages and databases are shared with your integration. (object_not_found)). Check the URL and the ids in the step's input.`,
    );
    expect(failure.message).toContain("(object_not_found)");
    expect(failure.message).toContain(`Could not find page with ID: ${fx.PAGE_ID}. Make sure the relevant pages and databases are shared with your integration.`);
  });

  it("a rejected secret: the 401 message, without the secret", async () => {
    const failure = (await runActionAgainst(notionConnector, "get_page", { ...server.connection(), credentials: { token: "secret_revoked0000" } }, { pageId: fx.PAGE_ID }).catch((e: unknown) => e)) as Error;
    expect(failure.message).toBe("Notion answered 401: the token was rejected (API token is invalid. (unauthorized)); reconnect the connection or update its credentials.");
  });

  it("create_database_item converts plain values with the database's property types, then creates the page", async () => {
    server.route(`/v1/databases/${fx.DATABASE_ID}`, () => [200, fx.tasksDatabase]);
    server.route("/v1/pages", () => [200, fx.buyMilk]);
    const properties = { Name: "Buy milk", Status: "Todo", Due: "2026-12-01", Tags: ["home", "errand"], Estimate: "2", Done: "false", Owner: "0c3e9826-b8f7-4f73-927d-2caaf86f1103", Link: null, Notes: { rich_text: [{ text: { content: "semi-skimmed" } }] } };
    const { output } = await run("create_database_item", { databaseId: fx.DATABASE_ID.replaceAll("-", ""), properties, icon: "🛒", content: "2 litres.\n\nFrom the corner shop." });
    expect(sent()).toEqual([`GET /v1/databases/${fx.DATABASE_ID}`, "POST /v1/pages"]);
    expect(server.bodies()[1]).toEqual({
      parent: { database_id: fx.DATABASE_ID },
      icon: { type: "emoji", emoji: "🛒" },
      properties: {
        Name: { title: [{ type: "text", text: { content: "Buy milk" } }] },
        Status: { status: { name: "Todo" } },
        Due: { date: { start: "2026-12-01" } },
        Tags: { multi_select: [{ name: "home" }, { name: "errand" }] },
        Estimate: { number: 2 },
        Done: { checkbox: false },
        Owner: { people: [{ object: "user", id: "0c3e9826-b8f7-4f73-927d-2caaf86f1103" }] },
        Link: { url: null },
        Notes: { rich_text: [{ text: { content: "semi-skimmed" } }] },
      },
      children: [
        { object: "block", type: "paragraph", paragraph: { rich_text: [{ type: "text", text: { content: "2 litres." } }] } },
        { object: "block", type: "paragraph", paragraph: { rich_text: [{ type: "text", text: { content: "From the corner shop." } }] } },
      ],
    });
    expect(output).toMatchObject({ object: "page", id: fx.PAGE_ID });
  });

  it("create_database_item with Notion's own property JSON sends it as is, without reading the database", async () => {
    server.route("/v1/pages", () => [200, fx.buyMilk]);
    const properties = { Name: { title: [{ text: { content: "Buy milk" } }] }, Status: { status: { name: "Todo" } } };
    await run("create_database_item", { databaseId: fx.DATABASE_ID, properties });
    expect(sent()).toEqual(["POST /v1/pages"]);
    expect(server.bodies()[0]).toEqual({ parent: { database_id: fx.DATABASE_ID }, properties });
  });

  it("create_database_item names the database's properties when one is unknown, and refuses computed ones", async () => {
    server.route(`/v1/databases/${fx.DATABASE_ID}`, () => [200, fx.tasksDatabase]);
    await expect(run("create_database_item", { databaseId: fx.DATABASE_ID, properties: { name: "Buy milk" } })).rejects.toThrow(
      `The database ${fx.DATABASE_ID} has no property "name" (its properties: "Name", "Status", "Due", "Tags", "Estimate", "Done", "Owner", "Notes", "Link", "Created by"); property names are case-sensitive.`,
    );
    await expect(run("create_database_item", { databaseId: fx.DATABASE_ID, properties: { "Created by": "me" } })).rejects.toThrow(/"Created by" is a created_by property .*cannot be set/);
    await expect(run("create_database_item", { databaseId: fx.DATABASE_ID, properties: { Estimate: "two" } })).rejects.toThrow('"Estimate" is a number property: give a number (got "two").');
    expect(sent().filter((line) => line.startsWith("POST"))).toEqual([]);
  });

  it("update_page reads the page's property types, then patches properties and archived", async () => {
    server.route(`/v1/pages/${fx.PAGE_ID}`, ({ method }) => [200, method === "PATCH" ? { ...fx.buyMilk, archived: true } : fx.buyMilk]);
    const { output } = await run("update_page", { pageId: fx.PAGE_ID, properties: { Status: "Done", Done: true, Tags: "home, urgent" }, archived: true });
    expect(sent()).toEqual([`GET /v1/pages/${fx.PAGE_ID}`, `PATCH /v1/pages/${fx.PAGE_ID}`]);
    expect(server.bodies()[1]).toEqual({
      properties: { Status: { status: { name: "Done" } }, Done: { checkbox: true }, Tags: { multi_select: [{ name: "home" }, { name: "urgent" }] } },
      archived: true,
    });
    expect(output).toMatchObject({ archived: true });
  });

  it("update_page only archiving sends one PATCH; with nothing to change it fails before any call", async () => {
    server.route(`/v1/pages/${fx.PAGE_ID}`, () => [200, { ...fx.buyMilk, archived: true }]);
    await run("update_page", { pageId: fx.PAGE_ID, archived: true });
    expect(sent()).toEqual([`PATCH /v1/pages/${fx.PAGE_ID}`]);
    expect(server.bodies()[0]).toEqual({ archived: true });
    await expect(run("update_page", { pageId: fx.PAGE_ID })).rejects.toThrow(/give properties to change/);
    await expect(run("update_page", { pageId: "not-an-id", archived: true })).rejects.toThrow(/is not a Notion id or link/);
    expect(sent()).toHaveLength(1);
  });
});
