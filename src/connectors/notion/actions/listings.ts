import { z } from "zod";
import { defineAction, maxPagesInput, type CollectedPages } from "@/core/connectors";
import { BODY_CURSOR, notionIdInput, notionRequest, seg } from "../notion-request";
import { collectedSchema, pageOrDatabaseSchema, pageSchema, pageSizeInput } from "../schemas";

const asResults = ({ items, pages, hasMore }: CollectedPages) => ({ results: items, pages, hasMore });

export const queryDatabase = defineAction({
  id: "query_database",
  name: "Query database",
  description: "List the pages of a database that match a filter, in the given order, walking the result pages.",
  input: z.object({
    databaseId: notionIdInput("Database", "d9824bdc-8445-4327-be8b-5b47500af6ce"),
    filter: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({
        description: "Notion's filter object: a property condition, or `and` / `or` of conditions",
        examples: [
          { property: "Status", status: { equals: "Todo" } },
          { and: [{ property: "Done", checkbox: { equals: false } }, { property: "Due", date: { on_or_before: "2026-12-01" } }] },
        ],
      }),
    sorts: z
      .array(z.record(z.string(), z.unknown()))
      .optional()
      .meta({ description: "Sort criteria, first one first: by a property or by created_time / last_edited_time", examples: [[{ property: "Due", direction: "ascending" }, { timestamp: "created_time", direction: "descending" }]] }),
    pageSize: pageSizeInput,
    maxPages: maxPagesInput,
  }),
  output: collectedSchema(pageSchema),
  pagination: BODY_CURSOR,
  request: (input) =>
    notionRequest({
      method: "POST",
      path: `/v1/databases/${seg(input.databaseId)}/query`,
      body: { ...(input.filter ? { filter: input.filter } : {}), ...(input.sorts ? { sorts: input.sorts } : {}), page_size: input.pageSize },
    }),
  pages: asResults,
});

export const search = defineAction({
  id: "search",
  name: "Search",
  description: "Find pages and databases shared with the integration by title, walking the result pages.",
  input: z.object({
    query: z.string().optional().meta({ description: "Text to look for in titles; empty lists everything shared with the integration", examples: ["Roadmap"] }),
    objectType: z.enum(["page", "database"]).optional().meta({ description: "Only pages, or only databases", examples: ["page"] }),
    sortDirection: z.enum(["descending", "ascending"]).optional().meta({ description: "Order by last edit time (Notion's relevance order without it)", examples: ["descending"] }),
    pageSize: pageSizeInput,
    maxPages: maxPagesInput,
  }),
  output: collectedSchema(pageOrDatabaseSchema),
  pagination: BODY_CURSOR,
  request: (input) =>
    notionRequest({
      method: "POST",
      path: "/v1/search",
      body: {
        ...(input.query ? { query: input.query } : {}),
        ...(input.objectType ? { filter: { property: "object", value: input.objectType } } : {}),
        ...(input.sortDirection ? { sort: { direction: input.sortDirection, timestamp: "last_edited_time" } } : {}),
        page_size: input.pageSize,
      },
    }),
  pages: asResults,
});
