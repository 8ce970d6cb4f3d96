import { z } from "zod";
import { defineAction, maxPagesInput } from "@/core/connectors";
import { channelSchema, listingOutput } from "../schemas";
import { collectSlackPages } from "../slack-listing";

const CHANNEL_TYPES = ["public_channel", "private_channel", "mpim", "im"] as const;

const input = z.object({
  types: z
    .array(z.enum(CHANNEL_TYPES))
    .min(1)
    .default(["public_channel"])
    .meta({ description: "Kinds of conversation to list; private_channel needs groups:read, mpim mpim:read, im im:read", examples: [["public_channel", "private_channel"]] }),
  exclude_archived: z.boolean().default(true).meta({ description: "Leave archived channels out", examples: [true] }),
  limit: z.number().int().min(1).max(1000).default(200).meta({ description: "Channels per page (Slack recommends at most 200)", examples: [200] }),
  maxPages: maxPagesInput,
});

export const listChannels = defineAction({
  id: "list_channels",
  name: "List channels",
  description: "List the workspace's channels, walking every page (conversations.list).",
  input,
  output: listingOutput(channelSchema),
  run: (values, tools) =>
    collectSlackPages(tools, "conversations.list", { types: values.types.join(","), exclude_archived: values.exclude_archived, limit: values.limit }, "channels", { maxPages: values.maxPages }),
});
