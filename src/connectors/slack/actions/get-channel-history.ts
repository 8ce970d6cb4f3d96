import { z } from "zod";
import { defineAction, maxPagesInput } from "@/core/connectors";
import { channelInput, listingOutput, messageSchema, timeBoundInput } from "../schemas";
import { collectSlackPages, SLACK_PAGINATION } from "../slack-listing";

const input = z.object({
  channel: channelInput,
  oldest: timeBoundInput("Only messages after this time (Unix seconds or a message ts)", "1712000000"),
  latest: timeBoundInput("Only messages before this time (Unix seconds or a message ts); now by default", "1712345678.123456"),
  inclusive: z.boolean().optional().meta({ description: "Include messages exactly at oldest or latest", examples: [false] }),
  limit: z.number().int().min(1).max(999).default(100).meta({ description: "Messages per page (Slack recommends at most 200)", examples: [100] }),
  maxPages: maxPagesInput,
});

export const getChannelHistory = defineAction({
  id: "get_channel_history",
  name: "Get channel history",
  description: "Read a channel's messages, newest first, walking pages (conversations.history; needs channels:history, or groups:history for private channels).",
  input,
  output: listingOutput(messageSchema),
  run: ({ channel, oldest, latest, inclusive, limit, maxPages }, tools) =>
    collectSlackPages(tools, "conversations.history", { channel, oldest, latest, inclusive, limit }, "messages", {
      maxPages,
      // has_more: false also ends the listing, whatever the cursor says.
      pagination: { ...SLACK_PAGINATION, hasMorePath: "has_more" },
    }),
});
