import { PaginationStyleSchema, type PaginationStyleInput } from "@/core/http/pagination-style";
import { PaginationError } from "./http-errors";
import type { HttpCallLog, OutboundRequest, OutboundResponse } from "./http-request";
import { firstPageRequest, nextPageRequest, pageItems } from "./next-page-request";

export interface PaginateOptions {
  /** Stop after this many pages (default 100); the last page yielded then has `hasMore: true`. */
  maxPages?: number;
  onCall?: (log: HttpCallLog) => void;
}

export interface Page {
  /** 1 for the first page. */
  number: number;
  response: OutboundResponse;
  items: unknown[];
  /** Whether the API offers another page (also true on the last page yielded when maxPages stopped the listing). */
  hasMore: boolean;
}

interface PageRequester {
  request(request: OutboundRequest, onCall?: (log: HttpCallLog) => void): Promise<OutboundResponse>;
}

export const DEFAULT_MAX_PAGES = 100;

/**
 * Walks a listing page by page, each request through the given (guarded) client with the request's own auth,
 * retries and timeout. Lazy: the next page is fetched only when the consumer asks for it, so `break` stops the
 * calls. Stops at the last page, at `maxPages`, and with a PaginationError if the API repeats a page request.
 */
export async function* paginate(
  client: PageRequester,
  request: OutboundRequest,
  style: PaginationStyleInput,
  options: PaginateOptions = {},
): AsyncGenerator<Page, void, undefined> {
  const parsedStyle = PaginationStyleSchema.parse(style);
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new RangeError("maxPages must be a positive integer");
  let current = firstPageRequest(parsedStyle, request);
  const seen = new Set([requestKey(current)]);
  for (let number = 1; ; number += 1) {
    const response = await client.request(current, options.onCall);
    const items = pageItems(parsedStyle, response, number);
    const next = nextPageRequest(parsedStyle, request, current, response, items, number);
    yield { number, response, items, hasMore: next !== undefined };
    if (!next || number >= maxPages) return;
    const key = requestKey(next);
    if (seen.has(key)) throw new PaginationError(`Page ${number} pointed back to a page already fetched; stopped to avoid an endless loop.`);
    seen.add(key);
    current = next;
  }
}

/** Every item of every page, in order (same guards as `paginate`). */
export async function* paginateItems(client: PageRequester, request: OutboundRequest, style: PaginationStyleInput, options: PaginateOptions = {}) {
  for await (const page of paginate(client, request, style, options)) yield* page.items;
}

function requestKey(request: OutboundRequest): string {
  return JSON.stringify([request.method.toUpperCase(), request.url, request.query ?? {}, request.body ?? null]);
}
