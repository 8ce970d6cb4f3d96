import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { channelInput, JSON_HEADERS, messageTsInput } from "../schemas";
import { assertSlackOk } from "../slack-errors";

const input = z.object({
  channel: channelInput,
  timestamp: messageTsInput,
  name: z
    .string()
    .trim()
    // People copy emoji as ":thumbsup:"; Slack wants the bare name.
    .transform((value) => value.replace(/^:+|:+$/g, ""))
    .pipe(z.string().min(1, "give the emoji's name"))
    .meta({ description: "The emoji's name, with or without colons (a skin tone as thumbsup::skin-tone-2)", examples: ["white_check_mark"] }),
});

export const addReaction = defineAction({
  id: "add_reaction",
  name: "Add reaction",
  description: "React to a message with an emoji (reactions.add).",
  input,
  output: z.looseObject({ ok: z.literal(true) }),
  request: (values) => ({ method: "POST", path: "/reactions.add", headers: JSON_HEADERS, body: values }),
  response: ({ body }) => assertSlackOk("reactions.add", body),
});
