import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { blocksInput, channelInput, JSON_HEADERS, messageSchema, messageTsInput } from "../schemas";
import { assertSlackOk } from "../slack-errors";

const input = z
  .object({
    channel: channelInput,
    ts: messageTsInput,
    text: z
      .string()
      .min(1)
      .max(40_000, "Slack accepts at most 40,000 characters of text")
      .optional()
      .meta({ description: "The new text, in Slack mrkdwn. With blocks, the notification text.", examples: ["Deploy of *api* finished :white_check_mark: (rolled back at 14:02)"] }),
    blocks: blocksInput,
  })
  .refine((values) => values.text !== undefined || values.blocks !== undefined, { message: "give the new text, blocks or both", path: ["text"] });

export const updateMessage = defineAction({
  id: "update_message",
  name: "Update message",
  description: "Change the text or blocks of a message the bot posted (chat.update).",
  input,
  output: z.looseObject({ ok: z.literal(true), channel: z.string(), ts: z.string(), text: z.string().optional(), message: messageSchema.partial({ ts: true }) }),
  request: (values) => ({ method: "POST", path: "/chat.update", headers: JSON_HEADERS, body: values }),
  response: ({ body }) => assertSlackOk("chat.update", body),
});
