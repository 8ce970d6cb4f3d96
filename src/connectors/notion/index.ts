import { defineConnector } from "@/core/connectors";
import { appendParagraph, listBlockChildren } from "./actions/blocks";
import { queryDatabase, search } from "./actions/listings";
import { createDatabaseItem, getPage, updatePage } from "./actions/pages";
import { notionAuth } from "./auth";
import { BODY_CURSOR, notionRequest } from "./notion-request";
import { pageOrDatabaseEdited } from "./triggers";

/** Notion (API version 2022-06-28): database items, pages, page content and search. */
export const notionConnector = defineConnector({
  id: "notion",
  name: "Notion",
  icon: "notebook",
  categories: ["productivity", "notes"],
  description: "Add and update database items, query databases, append text to pages, search, and react to edits.",
  auth: notionAuth,
  baseUrl: "https://api.notion.com",
  // Notion allows an average of 3 requests per second per integration (bursts above are answered 429 + Retry-After).
  rateLimit: { requests: 3, perMs: 1_000 },
  pagination: BODY_CURSOR,
  test: notionRequest({ method: "GET", path: "/v1/users/me" }),
  actions: [createDatabaseItem, queryDatabase, getPage, updatePage, appendParagraph, listBlockChildren, search],
  triggers: [pageOrDatabaseEdited],
});
