import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import type { PaginationStyleInput } from "@/core/http/pagination-style";
import type { HttpCallLog, OutboundRequest } from "./http-request";
import { createOutboundClient } from "./outbound-client";
import { paginateItems, type Page } from "./paginate";

const client = createOutboundClient({ allowPrivateHosts: ["127.0.0.1"], sleep: () => Promise.resolve() });
let api: LocalHttpServer;
let elsewhere: LocalHttpServer;
const numbers = (count: number, from = 1) => Array.from({ length: count }, (_, i) => from + i);
const query = (req: { url?: string }) => new URL(req.url ?? "/", "http://x").searchParams;

beforeAll(async () => {
  api = await startLocalHttpServer();
  elsewhere = await startLocalHttpServer();
  // GitHub: Link header with absolute URLs (page 2 answers with a relative one, which is also legal).
  api.route("/repos/acme/app/issues", (req, res) => {
    const page = Number(query(req).get("page") ?? "1");
    const links = [];
    if (page < 3) links.push(`<${page === 1 ? api.base : ""}/repos/acme/app/issues?per_page=2&page=${page + 1}>; rel="next"`);
    links.push(`<${api.base}/repos/acme/app/issues?per_page=2&page=3>; rel="last"`);
    sendJson(res, 200, numbers(page < 3 ? 2 : 1, page * 10), { link: links.join(", ") });
  });
  api.route("/endless-link", (req, res) => {
    const page = Number(query(req).get("page") ?? "1");
    sendJson(res, 200, [page], { link: `</endless-link?page=${page + 1}>; rel="next"` });
  });
  api.route("/link-elsewhere", (_req, res) => sendJson(res, 200, [1], { link: `<${elsewhere.base}/steal>; rel="next"` }));
  api.route("/link-loop", (_req, res) => sendJson(res, 200, [1], { link: `</link-loop>; rel="next"` }));
  // Salesforce: the next URL in the body.
  api.route("/services/data/v60.0/query", (req, res) => {
    const second = query(req).get("locator") === "2000";
    sendJson(res, 200, { records: second ? [{ Id: "b" }] : [{ Id: "a" }], ...(second ? {} : { nextRecordsUrl: "/services/data/v60.0/query?locator=2000" }) });
  });
  // Slack: cursor in response_metadata, empty when done.
  api.route("/conversations.list", (req, res) => {
    const cursor = query(req).get("cursor") ?? "";
    const next = { "": "Y2hhbm5lbDoy", Y2hhbm5lbDoy: "Y2hhbm5lbDoz", Y2hhbm5lbDoz: "" }[cursor] ?? "";
    sendJson(res, 200, { ok: true, channels: [{ id: `C-${cursor || "first"}` }], response_metadata: { next_cursor: next } });
  });
  api.route("/endless-cursor", (req, res) => sendJson(res, 200, { items: [1], next: `${Number(query(req).get("after") ?? "0") + 1}` }));
  api.route("/stuck-cursor", (_req, res) => sendJson(res, 200, { items: [1], next: "same" }));
  api.route("/flaky-cursor", (req, res, hit) => {
    if (query(req).get("after") === "p2" && hit === 2) return res.writeHead(503).end("busy");
    sendJson(res, 200, { items: [query(req).get("after") ?? "p1"], next: query(req).get("after") ? null : "p2" });
  });
  // Notion: POST with start_cursor in the body, has_more + next_cursor in the answer.
  api.route("/v1/databases/db1/query", (_req, res, _hit, body) => {
    const cursor = (JSON.parse(body) as { start_cursor?: string }).start_cursor;
    sendJson(res, 200, cursor ? { results: ["r3"], has_more: false, next_cursor: "ignored" } : { results: ["r1", "r2"], has_more: true, next_cursor: "c2" });
  });
  // Offset and page windows over 7 and 6 rows.
  for (const [path, total] of [["/offset7", 7], ["/offset6", 6]] as const) {
    api.route(path, (req, res) => {
      const offset = Number(query(req).get("offset")), limit = Number(query(req).get("limit"));
      sendJson(res, 200, { data: numbers(Math.max(0, Math.min(limit, total - offset)), offset + 1) });
    });
  }
  api.route("/pages", (req, res) => {
    const page = Number(query(req).get("page")), size = Number(query(req).get("per_page"));
    sendJson(res, 200, numbers(Math.max(0, Math.min(size, 5 - (page - 1) * size)), (page - 1) * size + 1));
  });
  api.route("/not-a-list", (_req, res) => sendJson(res, 200, { total: 3 }));
});

afterAll(async () => {
  await client.close();
  await api.close();
  await elsewhere.close();
});

async function collect(request: Omit<OutboundRequest, "method"> & { method?: string }, style: PaginationStyleInput, maxPages?: number, onCall?: (log: HttpCallLog) => void) {
  const pages: Page[] = [];
  for await (const page of client.paginate({ method: "GET", ...request }, style, { maxPages, onCall })) pages.push(page);
  return pages;
}

describe("Link header pagination", () => {
  it("follows rel=next, absolute and relative, to the last page", async () => {
    const pages = await collect({ url: `${api.base}/repos/acme/app/issues`, query: { per_page: "2" } }, { type: "link" });
    expect(pages.map((p) => p.items)).toEqual([[10, 11], [20, 21], [30]]);
    expect(pages.map((p) => [p.number, p.hasMore])).toEqual([[1, true], [2, true], [3, false]]);
  });

  it("stops at maxPages; the last page yielded says more exist", async () => {
    const before = api.hits("/endless-link");
    const pages = await collect({ url: `${api.base}/endless-link` }, { type: "link" }, 3);
    expect(pages.map((p) => p.items)).toEqual([[1], [2], [3]]);
    expect(pages.at(-1)?.hasMore).toBe(true);
    expect(api.hits("/endless-link") - before).toBe(3);
  });

  it("refuses a next link to another origin, so the credential is not sent there", async () => {
    await expect(collect({ url: `${api.base}/link-elsewhere`, auth: { type: "bearer", token: "secret-token" } }, { type: "link" })).rejects.toMatchObject({
      name: "BlockedDestinationError",
      message: expect.stringMatching(/next-page link points to http:\/\/127\.0\.0\.1:\d+, not/),
    });
    expect(elsewhere.hits("/steal")).toBe(0);
  });

  it("stops with a clear error when the API links back to a page already fetched", async () => {
    await expect(collect({ url: `${api.base}/link-loop` }, { type: "link" })).rejects.toMatchObject({ name: "PaginationError", message: expect.stringMatching(/endless loop/) });
  });

  it("reads a next URL from the body (Salesforce nextRecordsUrl)", async () => {
    const pages = await collect({ url: `${api.base}/services/data/v60.0/query`, query: { q: "SELECT Id FROM Account" } }, { type: "link", nextUrlPath: "nextRecordsUrl", itemsPath: "records" });
    expect(pages.map((p) => p.items)).toEqual([[{ Id: "a" }], [{ Id: "b" }]]);
  });

  it("injects the credential on every page and keeps it out of the log", async () => {
    const logs: HttpCallLog[] = [];
    const start = api.requests.length;
    await collect({ url: `${api.base}/repos/acme/app/issues`, query: { per_page: "2" }, auth: { type: "api_key_query", param: "api_key", key: "canary-page-key" } }, { type: "link" }, undefined, (log) => logs.push(log));
    const sent = api.requests.slice(start);
    expect(sent).toHaveLength(3);
    for (const request of sent) expect(query(request).get("api_key")).toBe("canary-page-key");
    expect(logs).toHaveLength(3);
    expect(JSON.stringify(logs)).not.toContain("canary");
  });
});

describe("cursor pagination", () => {
  it("Slack: cursor from response_metadata.next_cursor, sent as ?cursor=, until it is empty", async () => {
    const pages = await collect({ url: `${api.base}/conversations.list`, query: { limit: "1" } }, { type: "cursor", cursorPath: "response_metadata.next_cursor", cursorParam: "cursor", itemsPath: "channels" });
    expect(pages.flatMap((p) => p.items)).toEqual([{ id: "C-first" }, { id: "C-Y2hhbm5lbDoy" }, { id: "C-Y2hhbm5lbDoz" }]);
    expect(pages.at(-1)?.hasMore).toBe(false);
  });

  it("Notion: cursor sent in a POST body, stopping when has_more is false", async () => {
    const pages = await collect(
      { method: "POST", url: `${api.base}/v1/databases/db1/query`, body: { page_size: 2 } },
      { type: "cursor", cursorPath: "next_cursor", cursorParam: "start_cursor", cursorIn: "body", hasMorePath: "has_more", itemsPath: "results" },
    );
    expect(pages.map((p) => p.items)).toEqual([["r1", "r2"], ["r3"]]);
    expect(JSON.parse(api.requests.filter((r) => r.url.startsWith("/v1/databases")).at(-1)!.body)).toEqual({ page_size: 2, start_cursor: "c2" });
  });

  it("stops at maxPages", async () => {
    const pages = await collect({ url: `${api.base}/endless-cursor` }, { type: "cursor", cursorPath: "next", cursorParam: "after", itemsPath: "items" }, 4);
    expect(pages).toHaveLength(4);
    expect(pages.at(-1)?.hasMore).toBe(true);
  });

  it("a cursor that never changes is an error, not an endless loop", async () => {
    const before = api.hits("/stuck-cursor");
    await expect(collect({ url: `${api.base}/stuck-cursor` }, { type: "cursor", cursorPath: "next", cursorParam: "after" })).rejects.toMatchObject({ name: "PaginationError" });
    expect(api.hits("/stuck-cursor") - before).toBe(2);
  });

  it("each page request has the call's retries: a 503 on page 2 does not restart the listing", async () => {
    const pages = await collect({ url: `${api.base}/flaky-cursor`, retry: { baseDelayMs: 1 } }, { type: "cursor", cursorPath: "next", cursorParam: "after", itemsPath: "items" });
    expect(pages.flatMap((p) => p.items)).toEqual(["p1", "p2"]);
    expect(api.hits("/flaky-cursor")).toBe(3);
  });

  it("is lazy: breaking after the first page makes no further request", async () => {
    const before = api.hits("/endless-cursor");
    for await (const page of client.paginate({ method: "GET", url: `${api.base}/endless-cursor` }, { type: "cursor", cursorPath: "next", cursorParam: "after" })) {
      expect(page.number).toBe(1);
      break;
    }
    expect(api.hits("/endless-cursor") - before).toBe(1);
  });
});

describe("offset and page pagination", () => {
  it("offset: stops on a short page", async () => {
    const pages = await collect({ url: `${api.base}/offset7` }, { type: "offset", pageSize: 3, itemsPath: "data" });
    expect(pages.map((p) => p.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(api.requests.filter((r) => r.url.startsWith("/offset7")).map((r) => r.url)).toEqual(["/offset7?offset=0&limit=3", "/offset7?offset=3&limit=3", "/offset7?offset=6&limit=3"]);
  });

  it("offset: a listing that fills its last page ends on the empty page after it", async () => {
    const pages = await collect({ url: `${api.base}/offset6` }, { type: "offset", pageSize: 3, itemsPath: "data" });
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 0]);
  });

  it("page: numbered pages with a size parameter, stopping on a short page", async () => {
    const items = [];
    for await (const item of paginateItems(client, { method: "GET", url: `${api.base}/pages` }, { type: "page", pageSize: 2, sizeParam: "per_page" })) items.push(item);
    expect(items).toEqual([1, 2, 3, 4, 5]);
  });

  it("page: stops at maxPages", async () => {
    const pages = await collect({ url: `${api.base}/pages` }, { type: "page", pageSize: 1, sizeParam: "per_page" }, 2);
    expect(pages.map((p) => p.items)).toEqual([[1], [2]]);
    expect(pages.at(-1)?.hasMore).toBe(true);
  });

  it("a page without a list of items is a clear error", async () => {
    await expect(collect({ url: `${api.base}/not-a-list` }, { type: "offset", pageSize: 10 })).rejects.toMatchObject({ name: "PaginationError", message: expect.stringMatching(/set itemsPath/) });
  });

  it("validates the style", async () => {
    await expect(collect({ url: `${api.base}/pages` }, { type: "page", pageSize: 0 })).rejects.toThrow();
  });
});
