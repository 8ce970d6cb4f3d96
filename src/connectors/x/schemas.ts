import { z } from "zod";

/** Post fields X can return on request (`tweet.fields`); metrics only the author may see are left out. */
export const TWEET_FIELDS = [
  "attachments", "author_id", "context_annotations", "conversation_id", "created_at", "edit_controls", "edit_history_tweet_ids",
  "entities", "geo", "id", "in_reply_to_user_id", "lang", "note_tweet", "possibly_sensitive", "public_metrics",
  "referenced_tweets", "reply_settings", "source", "text", "withheld",
] as const;

export const USER_FIELDS = [
  "created_at", "description", "entities", "id", "location", "most_recent_tweet_id", "name", "pinned_tweet_id",
  "profile_image_url", "protected", "public_metrics", "url", "username", "verified", "verified_type", "withheld",
] as const;

export const DEFAULT_TWEET_FIELDS = ["created_at", "author_id", "conversation_id", "lang", "public_metrics"] as const;
export const DEFAULT_USER_FIELDS = ["created_at", "description", "profile_image_url", "public_metrics", "verified"] as const;
/** What a listing asks about each post's author (through `expansions=author_id`). */
export const AUTHOR_FIELDS = "name,username,profile_image_url,verified";

export const tweetFieldsInput = z
  .array(z.enum(TWEET_FIELDS))
  .default([...DEFAULT_TWEET_FIELDS])
  .meta({ description: "Post fields to return besides id and text (X's tweet.fields)", examples: [["created_at", "author_id", "public_metrics"]] });

export const userFieldsInput = z
  .array(z.enum(USER_FIELDS))
  .default([...DEFAULT_USER_FIELDS])
  .meta({ description: "User fields to return besides id, name and username (X's user.fields)", examples: [["created_at", "description", "public_metrics"]] });

/** X ids are 64-bit integers sent as decimal strings. */
export const xId = (what: string) => z.string().trim().regex(/^\d{1,19}$/, `${what} is the numeric id X gives it (e.g. 1460323737035677698)`);

/** "@XDevelopers" or "XDevelopers" → "XDevelopers"; X user names are 1–15 letters, digits or '_'. */
export const usernameInput = z
  .string()
  .trim()
  .meta({ description: "The account's @handle, with or without '@'", examples: ["XDevelopers", "@XDevelopers"] })
  .transform((name) => name.replace(/^@/, ""))
  .pipe(z.string().regex(/^[A-Za-z0-9_]{1,15}$/, "an X username is 1–15 letters, digits or '_' (the @handle without '@')"));

const publicMetrics = z.looseObject({
  retweet_count: z.number().optional(),
  reply_count: z.number().optional(),
  like_count: z.number().optional(),
  quote_count: z.number().optional(),
});

export const postSchema = z.looseObject({
  id: z.string(),
  text: z.string(),
  edit_history_tweet_ids: z.array(z.string()).optional(),
  author_id: z.string().optional(),
  created_at: z.string().optional(),
  conversation_id: z.string().optional(),
  lang: z.string().optional(),
  public_metrics: publicMetrics.optional(),
});

export const userSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  username: z.string(),
  created_at: z.string().optional(),
  description: z.string().optional(),
  profile_image_url: z.string().optional(),
  verified: z.boolean().optional(),
  public_metrics: z
    .looseObject({ followers_count: z.number().optional(), following_count: z.number().optional(), tweet_count: z.number().optional(), listed_count: z.number().optional() })
    .optional(),
});

/** Objects an `expansions` request brings along (authors, referenced posts…), by kind. */
export const includesSchema = z.looseObject({ users: z.array(userSchema).optional(), tweets: z.array(postSchema).optional() });

/** X's answer around one object: `data`, plus `includes` and partial `errors` when there are any. */
export const singleAnswer = <T extends z.ZodType>(data: T) => z.looseObject({ data, includes: includesSchema.optional(), errors: z.array(z.unknown()).optional() });

/** A listing walked page by page: every post, the objects their expansions brought, and whether X had more. */
export const postListingSchema = z.object({
  items: z.array(postSchema),
  includes: z.looseObject({ users: z.array(userSchema) }),
  pages: z.number().int(),
  hasMore: z.boolean(),
});
