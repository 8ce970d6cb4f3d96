import { z } from "zod";

/** Slack's message timestamp doubles as the message id: seconds, a dot, and a per-channel sequence. */
export const SLACK_TS = /^\d+\.\d+$/;
const TS_ERROR = "a Slack message timestamp looks like 1712345678.123456";

export const channelInput = z
  .string()
  .trim()
  .min(1, "give the channel id")
  .meta({ description: "The channel's id (in Slack: the channel's name › About, at the bottom). The bot must be a member.", examples: ["C0123456789"] });

export const messageTsInput = z
  .string()
  .trim()
  .regex(SLACK_TS, TS_ERROR)
  .meta({ description: "The message's timestamp (`ts`), which is its id in the channel", examples: ["1712345678.123456"] });

/** A point in time as a Slack timestamp, for history bounds (whole seconds are fine too). */
export const timeBoundInput = (description: string, example: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, "use a Unix timestamp in seconds, like 1712345678 or 1712345678.123456")
    .optional()
    .meta({ description, examples: [example] });

export const blocksInput = z
  .array(z.looseObject({ type: z.string().min(1) }))
  .max(50, "Slack accepts at most 50 blocks in a message")
  .optional()
  .meta({
    description: "Block Kit layout blocks (design them in Slack's Block Kit Builder); `text` is then the notification fallback",
    examples: [[{ type: "section", text: { type: "mrkdwn", text: "*Deploy finished* :rocket:\n<https://ci.example.com/builds/812|Build #812> is live." } }]],
  });

export const messageSchema = z.looseObject({
  type: z.string().optional(),
  subtype: z.string().optional(),
  ts: z.string(),
  text: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  thread_ts: z.string().optional(),
  reply_count: z.number().optional(),
  blocks: z.array(z.looseObject({ type: z.string() })).optional(),
});

const topicSchema = z.looseObject({ value: z.string(), creator: z.string(), last_set: z.number() });

export const channelSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  created: z.number(),
  is_channel: z.boolean().optional(),
  is_private: z.boolean().optional(),
  is_archived: z.boolean().optional(),
  is_member: z.boolean().optional(),
  creator: z.string().optional(),
  num_members: z.number().optional(),
  topic: topicSchema.optional(),
  purpose: topicSchema.optional(),
});

export const userSchema = z.looseObject({
  id: z.string(),
  team_id: z.string().optional(),
  name: z.string(),
  real_name: z.string().optional(),
  deleted: z.boolean().optional(),
  is_bot: z.boolean().optional(),
  tz: z.string().optional(),
  profile: z.looseObject({
    email: z.string().optional(),
    display_name: z.string().optional(),
    real_name: z.string().optional(),
    image_72: z.string().optional(),
  }),
});

/** What a listing action hands on: every item of the pages walked, how many, and whether Slack had more. */
export const listingOutput = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), pages: z.number().int(), hasMore: z.boolean() });

/** Write methods take JSON; Slack warns when the charset is missing. */
export const JSON_HEADERS = { "content-type": "application/json; charset=utf-8" };
