import { parseLinkHeader } from "@/core/http/parse-link-header";
import type { PaginationStyle } from "@/core/http/pagination-style";
import { readJsonPath } from "@/core/http/read-json-path";
import { BlockedDestinationError, PaginationError } from "./http-errors";
import type { OutboundRequest, OutboundResponse } from "./http-request";

/** The first page's request: offset and page styles number it from the start. */
export function firstPageRequest(style: PaginationStyle, request: OutboundRequest): OutboundRequest {
  if (style.type === "offset") {
    return { ...request, query: { ...request.query, [style.offsetParam]: String(style.startOffset), [style.limitParam]: String(style.pageSize) } };
  }
  if (style.type === "page") return { ...request, query: { ...request.query, ...pageQuery(style, style.firstPage) } };
  return request;
}

/** The items of a page: at `itemsPath`, or the body when it is a list. Offset and page styles need them to stop. */
export function pageItems(style: PaginationStyle, response: OutboundResponse, pageNumber: number): unknown[] {
  const items = style.itemsPath ? readJsonPath(response.body, style.itemsPath) : response.body;
  if (Array.isArray(items)) return items;
  if (style.itemsPath || style.type === "offset" || style.type === "page") {
    const where = style.itemsPath ? `at "${style.itemsPath}"` : "(the body is not a list; set itemsPath)";
    throw new PaginationError(`Page ${pageNumber} has no list of items ${where}; check the connector's pagination settings.`);
  }
  return [];
}

/** The request for the page after `pageNumber`, or undefined when that page was the last. */
export function nextPageRequest(
  style: PaginationStyle,
  first: OutboundRequest,
  current: OutboundRequest,
  response: OutboundResponse,
  items: unknown[],
  pageNumber: number,
): OutboundRequest | undefined {
  switch (style.type) {
    case "link": {
      const raw = style.nextUrlPath ? readJsonPath(response.body, style.nextUrlPath) : parseLinkHeader(response.headers.link).get("next");
      if (typeof raw !== "string" || raw === "") return undefined;
      const next = new URL(raw, current.url);
      // The next link comes from the API's answer; it must not carry the connection's credential elsewhere.
      const origin = new URL(first.url).origin;
      if (next.origin !== origin) throw new BlockedDestinationError(`the next-page link points to ${next.origin}, not ${origin}; the connection's credentials are not sent there`);
      return { ...current, url: next.toString(), query: undefined };
    }
    case "cursor": {
      if (style.hasMorePath && readJsonPath(response.body, style.hasMorePath) === false) return undefined;
      const cursor = readJsonPath(response.body, style.cursorPath);
      if (cursor === undefined || cursor === null || cursor === "") return undefined;
      if (typeof cursor !== "string" && typeof cursor !== "number") {
        throw new PaginationError(`The next-page cursor at "${style.cursorPath}" on page ${pageNumber} is not a string or a number.`);
      }
      if (style.cursorIn === "query") return { ...first, query: { ...first.query, [style.cursorParam]: String(cursor) } };
      const body = first.body ?? {};
      if (typeof body !== "object" || Array.isArray(body)) throw new PaginationError("A cursor sent in the body needs a JSON object body.");
      return { ...first, body: { ...body, [style.cursorParam]: cursor } };
    }
    case "offset":
      if (items.length < style.pageSize) return undefined;
      return { ...first, query: { ...first.query, [style.offsetParam]: String(style.startOffset + pageNumber * style.pageSize), [style.limitParam]: String(style.pageSize) } };
    case "page":
      if (items.length < style.pageSize) return undefined;
      return { ...first, query: { ...first.query, ...pageQuery(style, style.firstPage + pageNumber) } };
  }
}

function pageQuery(style: Extract<PaginationStyle, { type: "page" }>, page: number): Record<string, string> {
  return { [style.pageParam]: String(page), ...(style.sizeParam ? { [style.sizeParam]: String(style.pageSize) } : {}) };
}
