import { defineTrigger, type ConnectorResponse } from "@/core/connectors";
import { notionRequest } from "./notion-request";
import { pageOrDatabaseSchema, type PageOrDatabase } from "./schemas";

// A "new item in database X" trigger would need the database id, which a polling trigger (cursor only) cannot
// carry; Notion's search over everything shared with the integration, newest edit first, needs none.

const editedMs = (item: PageOrDatabase) => Date.parse(item.last_edited_time);

function editedOf(response: ConnectorResponse): PageOrDatabase[] {
  const results = (response.body as { results?: unknown } | null)?.results;
  if (!Array.isArray(results)) return [];
  // Only pages and databases are searched; anything else Notion may add is skipped, not a failed poll.
  const parsed = results.flatMap((item) => {
    const one = pageOrDatabaseSchema.safeParse(item);
    return one.success ? [one.data] : [];
  });
  return parsed.sort((a, b) => editedMs(a) - editedMs(b));
}

export const pageOrDatabaseEdited = defineTrigger({
  kind: "polling",
  id: "page_or_database_edited",
  name: "Page or database edited",
  description: "Starts a run for each page or database (shared with the integration) created or edited since the last poll.",
  output: pageOrDatabaseSchema,
  intervalMs: 60_000,
  // Search has no "edited since" filter: each poll reads the 100 most recently edited objects, and the dedupe key
  // (id + last_edited_time) lets through only those edited since they were last seen. Notion rounds
  // last_edited_time to the minute, so several edits within one minute start one run.
  request: () =>
    notionRequest({
      method: "POST",
      path: "/v1/search",
      body: { sort: { direction: "descending", timestamp: "last_edited_time" }, page_size: 100 },
    }),
  items: (response) => editedOf(response),
  nextCursor: (response, previous) => {
    const newest = editedOf(response).at(-1);
    if (!newest) return previous;
    return previous === undefined || editedMs(newest) > Date.parse(previous) ? newest.last_edited_time : previous;
  },
  dedupeKey: (item) => {
    const edited = pageOrDatabaseSchema.parse(item);
    return `${edited.id}:${edited.last_edited_time}`;
  },
});
