import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeConnector } from "@/core/connectors";
import { pollTriggerAgainst } from "@/test/connector-harness";
import { notionConnector } from ".";
import * as fx from "./fixtures";
import { notionIdOf } from "./notion-request";
import { NOTION_SECRET, startNotionServer } from "./notion-test-server";

let server: Awaited<ReturnType<typeof startNotionServer>>;
// What the search answers, newest edit first, as asked.
let searchResults: unknown[] = [];

beforeAll(async () => {
  server = await startNotionServer();
  server.route("/v1/search", () => [200, fx.list(searchResults, null)]);
});
afterAll(() => server.api.close());

describe("notion.page_or_database_edited (polling)", () => {
  const poll = (cursor: string | undefined) => pollTriggerAgainst(notionConnector, "page_or_database_edited", server.connection(), cursor);

  it("searches by last edit, hands items oldest first, keys them by id + edit time and keeps the newest time", async () => {
    searchResults = [fx.tasksDatabase, fx.fixBike, fx.buyMilk];
    const first = await poll(undefined);
    expect(server.bodies()[0]).toEqual({ sort: { direction: "descending", timestamp: "last_edited_time" }, page_size: 100 });
    expect(server.api.requests[0]!.headers["notion-version"]).toBe("2022-06-28");
    expect(first.items.map((item) => (item as { id: string }).id)).toEqual([fx.PAGE_ID, fx.fixBike.id, fx.DATABASE_ID]);
    expect(first.keys).toEqual([`${fx.PAGE_ID}:2025-11-03T09:14:00.000Z`, `${fx.fixBike.id}:2025-11-03T10:02:00.000Z`, `${fx.DATABASE_ID}:2025-11-04T16:45:00.000Z`]);
    expect(first.cursor).toBe("2025-11-04T16:45:00.000Z");
    expect(JSON.stringify(first.calls)).not.toContain(NOTION_SECRET);

    // The page edited again: a new key for it (a new run), the same keys for the rest (deduplicated).
    const edited = { ...fx.buyMilk, last_edited_time: "2025-11-05T07:30:00.000Z" };
    searchResults = [edited, fx.tasksDatabase, fx.fixBike];
    const second = await poll(first.cursor);
    expect(server.bodies()[1]).toEqual(server.bodies()[0]);
    expect(second.keys).toEqual([`${fx.fixBike.id}:2025-11-03T10:02:00.000Z`, `${fx.DATABASE_ID}:2025-11-04T16:45:00.000Z`, `${fx.PAGE_ID}:2025-11-05T07:30:00.000Z`]);
    expect(second.cursor).toBe("2025-11-05T07:30:00.000Z");
  });

  it("an empty or older answer leaves the cursor where it was", async () => {
    searchResults = [];
    expect((await poll("2025-11-05T07:30:00.000Z")).cursor).toBe("2025-11-05T07:30:00.000Z");
    searchResults = [fx.buyMilk];
    expect((await poll("2025-11-05T07:30:00.000Z")).cursor).toBe("2025-11-05T07:30:00.000Z");
  });
});

describe("notion connector definition", () => {
  it("declares the integration secret, Notion's OAuth app, the rate limit, pagination and the test call", () => {
    expect(notionConnector).toMatchObject({ id: "notion", icon: "notebook", baseUrl: "https://api.notion.com", rateLimit: { requests: 3, perMs: 1_000 } });
    expect(notionConnector.oauth).toMatchObject({
      app: "notion",
      authorizeUrl: "https://api.notion.com/v1/oauth/authorize",
      tokenUrl: "https://api.notion.com/v1/oauth/token",
      scopes: [],
      clientAuth: "client_secret_basic",
      pkce: false,
      authorizeParams: { owner: "user" },
    });
    expect(notionConnector.pagination).toMatchObject({ cursorPath: "next_cursor", cursorParam: "start_cursor", cursorIn: "body", hasMorePath: "has_more" });
    expect(notionConnector.test).toEqual({ method: "GET", path: "/v1/users/me", headers: { "Notion-Version": "2022-06-28" } });
  });

  it("describes every action's input as JSON Schema with descriptions, and the secret field", () => {
    const described = describeConnector(notionConnector);
    expect(described.actions.map((a) => a.id)).toEqual([
      "notion.create_database_item",
      "notion.query_database",
      "notion.get_page",
      "notion.update_page",
      "notion.append_paragraph",
      "notion.list_block_children",
      "notion.search",
    ]);
    for (const action of described.actions) {
      const properties = action.inputSchema.properties as Record<string, { description?: string }>;
      for (const [name, field] of Object.entries(properties)) expect(field.description, `${action.id}.${name}`).toBeTruthy();
    }
    const bearer = described.auth.find((a) => a.type === "bearer")!;
    expect(bearer.fields[0]).toMatchObject({ key: "token", label: "Internal Integration Secret", secret: true });
    expect(bearer.fields[0]!.description).toContain("Connections");
    expect(described.triggers).toEqual([expect.objectContaining({ id: "notion.page_or_database_edited", kind: "polling" })]);
  });

  it("reads ids from plain ids, dashed ids and page links (not the view id)", () => {
    expect(notionIdOf("59833787-2CF9-4FDF-8782-E53DB20768A5")).toBe(fx.PAGE_ID);
    expect(notionIdOf("598337872cf94fdf8782e53db20768a5")).toBe(fx.PAGE_ID);
    expect(notionIdOf("https://www.notion.so/acme/Cafe-598337872cf94fdf8782e53db20768a5?v=0f1e2d3c4b5a69788796a5b4c3d2e1f0&pvs=4")).toBe(fx.PAGE_ID);
    expect(notionIdOf("Buy milk")).toBeUndefined();
    expect(notionIdOf("598337872cf94fdf8782e53db20768a")).toBeUndefined();
  });
});
