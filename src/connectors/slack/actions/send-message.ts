import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { blocksInput, channelInput, JSON_HEADERS, messageSchema, messageTsInput } from "../schemas";
import { assertSlackOk } from "../slack-errors";

const input = z.object({
  channel: channelInput,
  text: z
    .string()
    .min(1, "write the message text")
    .max(40_000, "Slack accepts at most 40,000 characters of text")
    .meta({ description: "The message, in Slack mrkdwn (*bold*, _italic_, <https://example.com|links>, <@U0123ABCDEF> mentions). With blocks, the notification text.", examples: ["Deploy of *api* finished :white_check_mark:"] }),
  blocks: blocksInput,
  thread_ts: messageTsInput.optional().meta({ description: "Reply in the thread of this message (its `ts`) instead of posting to the channel", examples: ["1712345678.123456"] }),
  reply_broadcast: z.boolean().optional().meta({ description: "With thread_ts: also show the reply in the channel", examples: [false] }),
  unfurl_links: z.boolean().optional().meta({ description: "Show previews of links in the text", examples: [false] }),
});

export const sendMessage = defineAction({
  id: "send_message",
  name: "Send message",
  description: "Post a message to a channel, or reply in a thread (chat.postMessage).",
  input,
  output: z.looseObject({ ok: z.literal(true), channel: z.string(), ts: z.string(), message: messageSchema }),
  request: (values) => ({ method: "POST", path: "/chat.postMessage", headers: JSON_HEADERS, body: values }),
  response: ({ body }) => assertSlackOk("chat.postMessage", body),
});
