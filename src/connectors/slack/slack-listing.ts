import { ConnectorActionError, type ActionRunTools, type ConnectorRequest } from "@/core/connectors";
import type { PaginationStyleInput } from "@/core/http/pagination-style";
import { assertSlackOk } from "./slack-errors";

/**
 * Slack's cursor pagination: `cursor` in the query, the next one at `response_metadata.next_cursor`, "" on the last
 * page. No `itemsPath`: a failed page (`{ ok: false }`) has no list, and must reach `assertSlackOk` to be explained.
 */
export const SLACK_PAGINATION = { type: "cursor", cursorPath: "response_metadata.next_cursor", cursorParam: "cursor" } as const satisfies PaginationStyleInput;

export interface SlackListing {
  items: unknown[];
  pages: number;
  hasMore: boolean;
}

/** Walks a Slack listing method page by page, checking each answer, and gathers the list under `itemsKey`. */
export async function collectSlackPages(
  tools: Pick<ActionRunTools, "paginate">,
  method: string,
  query: ConnectorRequest["query"],
  itemsKey: string,
  options: { maxPages: number; pagination?: PaginationStyleInput },
): Promise<SlackListing> {
  const listing: SlackListing = { items: [], pages: 0, hasMore: false };
  const request: ConnectorRequest = { method: "GET", path: `/${method}`, query };
  for await (const page of tools.paginate(request, { maxPages: options.maxPages, pagination: options.pagination ?? SLACK_PAGINATION })) {
    const body = assertSlackOk(method, page.response.body);
    const items = body[itemsKey];
    if (!Array.isArray(items)) throw new ConnectorActionError(`Slack ${method} answered page ${page.number} without a "${itemsKey}" list; the API may have changed.`);
    listing.items.push(...items);
    listing.pages = page.number;
    listing.hasMore = page.hasMore;
  }
  return listing;
}
