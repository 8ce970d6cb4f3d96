import { z } from "zod";
import { defineAction, maxPagesInput } from "@/core/connectors";
import { messageRefSchema } from "../schemas";

const PATH = "/gmail/v1/users/me/messages";

/**
 * The listing's path: Google reads a list parameter as the key repeated (`labelIds=A&labelIds=B`), which the
 * request's query map cannot carry, so the label ids ride in the path's own query string.
 */
function listPath(labelIds: readonly string[]): string {
  if (labelIds.length === 0) return PATH;
  const search = new URLSearchParams(labelIds.map((id) => ["labelIds", id]));
  return `${PATH}?${search.toString()}`;
}

export const listMessages = defineAction({
  id: "list_messages",
  name: "List messages",
  description: "Find emails with a Gmail search (from:, subject:, is:unread, newer_than:…) and/or labels, newest first, page after page. Gives ids; use get_message for the content.",
  input: z.object({
    q: z.string().optional().meta({ description: "Gmail search, as typed in Gmail's search box", examples: ["from:billing@stripe.com is:unread newer_than:7d", "subject:\"invoice\" has:attachment"] }),
    labelIds: z.array(z.string().min(1)).default([]).meta({ description: "Only messages with all these labels", examples: [["INBOX", "UNREAD"]] }),
    includeSpamTrash: z.boolean().default(false).meta({ description: "Also list messages in Spam and Trash", examples: [false] }),
    maxResults: z.number().int().min(1).max(500).default(100).meta({ description: "Messages per page (at most 500)", examples: [100] }),
    maxPages: maxPagesInput,
  }),
  output: z.object({
    messages: z.array(messageRefSchema),
    resultSizeEstimate: z.number().optional(),
    pages: z.number().int(),
    hasMore: z.boolean(),
  }),
  pagination: true,
  run: async (input, tools) => {
    const request = {
      method: "GET" as const,
      path: listPath(input.labelIds),
      query: { q: input.q, maxResults: input.maxResults, includeSpamTrash: input.includeSpamTrash },
    };
    const result: { messages: unknown[]; pages: number; hasMore: boolean; resultSizeEstimate?: number } = { messages: [], pages: 0, hasMore: false };
    // Gmail leaves `messages` out of a page with none (an empty search), so the pages are read here, not by itemsPath.
    for await (const page of tools.paginate(request, { maxPages: input.maxPages })) {
      const body = page.response.body as { messages?: unknown[]; resultSizeEstimate?: number };
      result.messages.push(...(body.messages ?? []));
      if (page.number === 1 && typeof body.resultSizeEstimate === "number") result.resultSizeEstimate = body.resultSizeEstimate;
      result.pages = page.number;
      result.hasMore = page.hasMore;
    }
    return result;
  },
});
