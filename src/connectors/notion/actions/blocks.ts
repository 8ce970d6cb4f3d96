import { z } from "zod";
import { defineAction, maxPagesInput, type CollectedPages } from "@/core/connectors";
import { notionIdInput, notionRequest, QUERY_CURSOR, seg } from "../notion-request";
import { MAX_BLOCKS, paragraphBlocks } from "../rich-text";
import { blockSchema, collectedSchema, listSchema, pageSizeInput } from "../schemas";

const blockIdInput = notionIdInput("Page or block", "59833787-2cf9-4fdf-8782-e53db20768a5");

export const appendParagraph = defineAction({
  id: "append_paragraph",
  name: "Append paragraphs",
  description: "Add text at the end of a page (or after a given block), one paragraph per blank-line-separated part.",
  input: z.object({
    blockId: blockIdInput,
    text: z
      .string()
      .refine((text) => paragraphBlocks(text).length > 0, "give some text to append")
      .refine((text) => paragraphBlocks(text).length <= MAX_BLOCKS, `Notion takes at most ${MAX_BLOCKS} paragraphs at once`)
      .meta({ description: "The text; a blank line starts a new paragraph, a single line break stays inside one", examples: ["Call with Ada went well.\n\nNext step: send the proposal by Friday."] }),
    after: notionIdInput("Block to insert after", "7a1b9c3e-2d4f-4e6a-8b0c-1d2e3f4a5b6c").optional(),
  }),
  output: listSchema(blockSchema),
  request: (input) =>
    notionRequest({
      method: "PATCH",
      path: `/v1/blocks/${seg(input.blockId)}/children`,
      body: { children: paragraphBlocks(input.text), ...(input.after ? { after: input.after } : {}) },
    }),
});

export const listBlockChildren = defineAction({
  id: "list_block_children",
  name: "List page content",
  description: "List the blocks of a page (or the children of a block), walking the result pages.",
  input: z.object({ blockId: blockIdInput, pageSize: pageSizeInput, maxPages: maxPagesInput }),
  output: collectedSchema(blockSchema),
  pagination: QUERY_CURSOR,
  request: (input) => notionRequest({ method: "GET", path: `/v1/blocks/${seg(input.blockId)}/children`, query: { page_size: input.pageSize } }),
  pages: ({ items, pages, hasMore }: CollectedPages) => ({ results: items, pages, hasMore }),
});
