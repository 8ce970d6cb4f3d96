import { z } from "zod";

const itemsPath = z
  .string()
  .min(1)
  .optional()
  .describe("JSON path of the list of items in a page (e.g. data.items); the body itself when it is a list");

/**
 * How an API hands out its next page. A connector declares one; the outbound HTTP path's `paginate` follows it.
 * - link: the `Link: <…>; rel="next"` header (GitHub), or a next-page URL at `nextUrlPath` in the body (Salesforce).
 * - cursor: the next cursor at `cursorPath` in the body, sent back as `cursorParam` (Slack, HubSpot, Notion).
 * - offset / page: numbered windows of `pageSize`; a short or empty page is the last one.
 */
export const PaginationStyleSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("link"),
    nextUrlPath: z.string().min(1).optional().describe("Read the next URL from the body instead of the Link header"),
    itemsPath,
  }),
  z.object({
    type: z.literal("cursor"),
    cursorPath: z.string().min(1).describe("JSON path of the next cursor, e.g. response_metadata.next_cursor"),
    cursorParam: z.string().min(1).describe("Query (or body) parameter that carries the cursor, e.g. cursor"),
    cursorIn: z.enum(["query", "body"]).default("query"),
    hasMorePath: z.string().min(1).optional().describe("JSON path of a has-more flag; false ends the listing"),
    itemsPath,
  }),
  z.object({
    type: z.literal("offset"),
    offsetParam: z.string().min(1).default("offset"),
    limitParam: z.string().min(1).default("limit"),
    pageSize: z.number().int().min(1).max(10_000),
    startOffset: z.number().int().min(0).default(0),
    itemsPath,
  }),
  z.object({
    type: z.literal("page"),
    pageParam: z.string().min(1).default("page"),
    sizeParam: z.string().min(1).optional().describe("Parameter carrying the page size, e.g. per_page"),
    pageSize: z.number().int().min(1).max(10_000),
    firstPage: z.number().int().min(0).default(1),
    itemsPath,
  }),
]);

export type PaginationStyle = z.output<typeof PaginationStyleSchema>;
export type PaginationStyleInput = z.input<typeof PaginationStyleSchema>;
