import { z } from "zod";
import type { ConnectorRequest } from "@/core/connectors";
import type { PaginationStyleInput } from "@/core/http/pagination-style";

/** The API version every request names; shapes (parent.database_id, `archived`) below follow it. */
export const NOTION_VERSION = "2022-06-28";

/** Notion refuses a request without its `Notion-Version` header. */
export function notionRequest(request: ConnectorRequest): ConnectorRequest {
  return { ...request, headers: { ...request.headers, "Notion-Version": NOTION_VERSION } };
}

/** POST listings (database query, search): `start_cursor` goes back in the JSON body. */
export const BODY_CURSOR: PaginationStyleInput = { type: "cursor", cursorPath: "next_cursor", cursorParam: "start_cursor", cursorIn: "body", hasMorePath: "has_more", itemsPath: "results" };
/** GET listings (block children, users): `start_cursor` goes in the query. */
export const QUERY_CURSOR: PaginationStyleInput = { type: "cursor", cursorPath: "next_cursor", cursorParam: "start_cursor", cursorIn: "query", hasMorePath: "has_more", itemsPath: "results" };

const DASHED = /(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])/gi;
const PLAIN = /(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])/gi;

/** The id in a Notion id (with or without dashes) or a page's URL (`…/Buy-milk-5983…a5?v=…`), dashed; else undefined. */
export function notionIdOf(value: string): string | undefined {
  // A URL's query holds the view id (?v=), not the page's: only its path is searched.
  const text = URL.canParse(value) ? new URL(value).pathname : value;
  const found = [...text.matchAll(DASHED), ...text.matchAll(PLAIN)].sort((a, b) => a.index - b.index).at(-1);
  if (!found) return undefined;
  const hex = found[0].replaceAll("-", "").toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An id input that also takes the object's Notion URL (Share → Copy link). */
export function notionIdInput(description: string, example: string) {
  return z
    .string()
    .trim()
    .min(1, `give the ${description.toLowerCase()}`)
    .transform((value, ctx) => {
      const id = notionIdOf(value);
      if (!id) ctx.addIssue({ code: "custom", message: `"${value.slice(0, 80)}" is not a Notion id or link (a 32-character hexadecimal id, with or without dashes)` });
      return id ?? "";
    })
    .meta({ description: `${description}: its id or its link (Share → Copy link)`, examples: [example, `https://www.notion.so/acme/Tasks-${example.replaceAll("-", "")}`] });
}

/** A path segment from an id: ids are already normalised, encoded all the same. */
export const seg = (id: string) => encodeURIComponent(id);
