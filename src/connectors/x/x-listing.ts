import type { ActionRunTools, ConnectorRequest } from "@/core/connectors";
import type { PaginationStyleInput } from "@/core/http/pagination-style";
import { throwOnXErrors } from "./x-errors";

/**
 * Timelines page with `pagination_token`, recent search with `next_token`; both put the next one in
 * `meta.next_token`. No `itemsPath`: X leaves `data` out of an empty page, which the walk must take as "no posts".
 */
export const TIMELINE_PAGINATION: PaginationStyleInput = { type: "cursor", cursorPath: "meta.next_token", cursorParam: "pagination_token" };
export const SEARCH_PAGINATION: PaginationStyleInput = { type: "cursor", cursorPath: "meta.next_token", cursorParam: "next_token" };

interface XPage {
  data?: unknown;
  includes?: Record<string, unknown>;
  errors?: unknown;
}

export interface XListing {
  items: unknown[];
  includes: { users: unknown[] } & Record<string, unknown[]>;
  pages: number;
  hasMore: boolean;
}

/** Walks a post listing up to `maxPages`, gathering `data` and merging `includes` (each object once, by id). */
export async function collectPosts(tools: ActionRunTools, request: ConnectorRequest, pagination: PaginationStyleInput, maxPages: number, hint: string): Promise<XListing> {
  const listing: XListing = { items: [], includes: { users: [] }, pages: 0, hasMore: false };
  const seen = new Set<string>();
  for await (const page of tools.paginate(request, { pagination, maxPages })) {
    const body = (page.response.body ?? {}) as XPage;
    throwOnXErrors(body, hint);
    if (Array.isArray(body.data)) listing.items.push(...body.data);
    for (const [kind, objects] of Object.entries(body.includes ?? {})) {
      if (!Array.isArray(objects)) continue;
      const merged = (listing.includes[kind] ??= []);
      for (const object of objects) {
        const id = typeof object === "object" && object !== null ? (object as { id?: unknown }).id : undefined;
        if (typeof id === "string" && seen.has(`${kind}:${id}`)) continue;
        if (typeof id === "string") seen.add(`${kind}:${id}`);
        merged.push(object);
      }
    }
    listing.pages = page.number;
    listing.hasMore = page.hasMore;
  }
  return listing;
}
