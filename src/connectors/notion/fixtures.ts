/** Answers shaped as Notion's API (version 2022-06-28) returns them. */

export const DATABASE_ID = "d9824bdc-8445-4327-be8b-5b47500af6ce";
export const PAGE_ID = "59833787-2cf9-4fdf-8782-e53db20768a5";
const BOT = { object: "user", id: "ee5f0f84-409a-440f-983a-a5315961c6e4" };
const ADA = "0c3e9826-b8f7-4f73-927d-2caaf86f1103";

const text = (content: string) => ({
  type: "text",
  text: { content, link: null },
  annotations: { bold: false, italic: false, strikethrough: false, underline: false, code: false, color: "default" },
  plain_text: content,
  href: null,
});

export function page(id: string, title: string, lastEdited: string, extra: Record<string, unknown> = {}) {
  return {
    object: "page",
    id,
    created_time: "2025-10-01T08:12:00.000Z",
    last_edited_time: lastEdited,
    created_by: BOT,
    last_edited_by: { object: "user", id: ADA },
    cover: null,
    icon: { type: "emoji", emoji: "🛒" },
    parent: { type: "database_id", database_id: DATABASE_ID },
    archived: false,
    in_trash: false,
    properties: {
      Name: { id: "title", type: "title", title: [text(title)] },
      Status: { id: "Z%3ClH", type: "status", status: { id: "c1b2a3d4-0000-4e5f-8a9b-1c2d3e4f5a6b", name: "Todo", color: "red" } },
      Due: { id: "M%3BBw", type: "date", date: { start: "2026-12-01", end: null, time_zone: null } },
      Tags: { id: "%5Bo%3Ev", type: "multi_select", multi_select: [{ id: "3f1e", name: "home", color: "blue" }] },
      Estimate: { id: "cJrN", type: "number", number: 2 },
      Done: { id: "qjRm", type: "checkbox", checkbox: false },
      Owner: { id: "A%5Cq%7C", type: "people", people: [{ object: "user", id: ADA }] },
      Notes: { id: "e%3A~S", type: "rich_text", rich_text: [] },
      "Created by": { id: "xYz1", type: "created_by", created_by: BOT },
      ...extra,
    },
    url: `https://www.notion.so/${title.replaceAll(" ", "-")}-${id.replaceAll("-", "")}`,
    public_url: null,
  };
}

export const buyMilk = page(PAGE_ID, "Buy milk", "2025-11-03T09:14:00.000Z");
export const fixBike = page("2b7e4a10-5c3d-4f8e-9a1b-0c2d3e4f5a60", "Fix bike", "2025-11-03T10:02:00.000Z");
export const callAda = page("8e1f2a3b-4c5d-4e6f-a7b8-c9d0e1f2a3b4", "Call Ada", "2025-11-04T16:45:00.000Z");

export const tasksDatabase = {
  object: "database",
  id: DATABASE_ID,
  created_time: "2025-09-30T14:20:00.000Z",
  last_edited_time: "2025-11-04T16:45:00.000Z",
  created_by: BOT,
  last_edited_by: BOT,
  title: [text("Tasks")],
  description: [],
  icon: null,
  cover: null,
  parent: { type: "page_id", page_id: "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d" },
  archived: false,
  in_trash: false,
  is_inline: false,
  properties: {
    Name: { id: "title", name: "Name", type: "title", title: {} },
    Status: { id: "Z%3ClH", name: "Status", type: "status", status: { options: [{ id: "c1b2", name: "Todo", color: "red" }, { id: "d3e4", name: "Done", color: "green" }], groups: [] } },
    Due: { id: "M%3BBw", name: "Due", type: "date", date: {} },
    Tags: { id: "%5Bo%3Ev", name: "Tags", type: "multi_select", multi_select: { options: [{ id: "3f1e", name: "home", color: "blue" }] } },
    Estimate: { id: "cJrN", name: "Estimate", type: "number", number: { format: "number" } },
    Done: { id: "qjRm", name: "Done", type: "checkbox", checkbox: {} },
    Owner: { id: "A%5Cq%7C", name: "Owner", type: "people", people: {} },
    Notes: { id: "e%3A~S", name: "Notes", type: "rich_text", rich_text: {} },
    Link: { id: "u%7Bh~", name: "Link", type: "url", url: {} },
    "Created by": { id: "xYz1", name: "Created by", type: "created_by", created_by: {} },
  },
  url: `https://www.notion.so/${DATABASE_ID.replaceAll("-", "")}`,
  public_url: null,
};

export const list = (results: unknown[], nextCursor: string | null, type = "page_or_database") => ({
  object: "list",
  results,
  next_cursor: nextCursor,
  has_more: nextCursor !== null,
  type,
  [type]: {},
  request_id: "5d3c1b0a-9f8e-4d7c-b6a5-0f1e2d3c4b5a",
});

export function paragraph(id: string, content: string) {
  return {
    object: "block",
    id,
    parent: { type: "page_id", page_id: PAGE_ID },
    created_time: "2025-11-04T17:00:00.000Z",
    last_edited_time: "2025-11-04T17:00:00.000Z",
    created_by: BOT,
    last_edited_by: BOT,
    has_children: false,
    archived: false,
    in_trash: false,
    type: "paragraph",
    paragraph: { rich_text: [text(content)], color: "default" },
  };
}

export const objectNotFound = {
  object: "error",
  status: 404,
  code: "object_not_found",
  message: `Could not find page with ID: ${PAGE_ID}. Make sure the relevant pages and databases are shared with your integration.`,
  request_id: "7c6b5a49-3e2d-4c1b-a09f-8e7d6c5b4a39",
};

export const unauthorized = { object: "error", status: 401, code: "unauthorized", message: "API token is invalid.", request_id: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d" };
