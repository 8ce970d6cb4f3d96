import { z } from "zod";
import { defineAction, maxPagesInput } from "@/core/connectors";
import { AUTHOR_FIELDS, postListingSchema, tweetFieldsInput, xId } from "../schemas";
import { collectPosts, SEARCH_PAGINATION, TIMELINE_PAGINATION } from "../x-listing";

/**
 * X wants "YYYY-MM-DDTHH:mm:ssZ"; any ISO 8601 time is brought to that form. The description sits before the
 * transform: JSON Schema of the input drops examples put on a transform.
 */
const xTime = (description: string, example: string) =>
  z.iso
    .datetime({ offset: true, message: "give an ISO 8601 time such as 2025-03-01T00:00:00Z" })
    .meta({ description, examples: [example] })
    .transform((value) => new Date(value).toISOString().replace(/\.\d{3}Z$/, "Z"))
    .optional();

const compact = (query: Record<string, string | number | undefined>) => Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));

/** The query both post listings share: the time window, `since_id`, and the post and author fields. */
const windowAndFields = (input: { startTime?: string; endTime?: string; sinceId?: string; tweetFields: string[] }) => ({
  start_time: input.startTime,
  end_time: input.endTime,
  since_id: input.sinceId,
  "tweet.fields": input.tweetFields.join(","),
  expansions: "author_id",
  "user.fields": AUTHOR_FIELDS,
});

export const searchRecent = defineAction({
  id: "search_recent",
  name: "Search recent posts",
  description: "Posts of the last 7 days matching a search query (X's search operators work: from:, #hashtag, -is:retweet, lang:…), newest first.",
  input: z.object({
    query: z.string().trim().min(1, "write a search query").meta({ description: "X search query", examples: ["from:XDevelopers -is:retweet", "#buildinpublic lang:en"] }),
    maxResults: z.number().int().min(10).max(100).default(10).meta({ description: "Posts per page (10–100); each page is one request", examples: [100] }),
    sortOrder: z.enum(["recency", "relevancy"]).optional().meta({ description: "Newest first (recency, the default) or most relevant first", examples: ["recency"] }),
    startTime: xTime("Only posts from this time on (within the last 7 days)", "2025-03-01T00:00:00Z"),
    endTime: xTime("Only posts before this time", "2025-03-02T00:00:00Z"),
    sinceId: xId("sinceId").optional().meta({ description: "Only posts newer than this post id", examples: ["1460323737035677698"] }),
    tweetFields: tweetFieldsInput,
    maxPages: maxPagesInput,
  }),
  output: postListingSchema,
  run: (input, tools) =>
    collectPosts(
      tools,
      {
        method: "GET",
        path: "/2/tweets/search/recent",
        query: compact({
          query: input.query,
          max_results: input.maxResults,
          sort_order: input.sortOrder,
          ...windowAndFields(input),
        }),
      },
      SEARCH_PAGINATION,
      input.maxPages,
      "Check the search query and its operators.",
    ),
});

export const getUserPosts = defineAction({
  id: "get_user_posts",
  name: "Get user's posts",
  description: "An account's own posts, newest first (up to its 3,200 most recent). Find the id with “Get user by username”.",
  input: z.object({
    userId: xId("userId").meta({ description: "The account's numeric id", examples: ["2244994945"] }),
    exclude: z
      .array(z.enum(["replies", "retweets"]))
      .default([])
      .meta({ description: "Leave out the account's replies and/or reposts", examples: [["replies", "retweets"]] }),
    maxResults: z.number().int().min(5).max(100).default(10).meta({ description: "Posts per page (5–100); each page is one request", examples: [100] }),
    startTime: xTime("Only posts from this time on", "2025-03-01T00:00:00Z"),
    endTime: xTime("Only posts before this time", "2025-03-02T00:00:00Z"),
    sinceId: xId("sinceId").optional().meta({ description: "Only posts newer than this post id", examples: ["1460323737035677698"] }),
    tweetFields: tweetFieldsInput,
    maxPages: maxPagesInput,
  }),
  output: postListingSchema,
  run: (input, tools) =>
    collectPosts(
      tools,
      {
        method: "GET",
        path: `/2/users/${encodeURIComponent(input.userId)}/tweets`,
        query: compact({
          max_results: input.maxResults,
          exclude: input.exclude.length > 0 ? input.exclude.join(",") : undefined,
          ...windowAndFields(input),
        }),
      },
      TIMELINE_PAGINATION,
      input.maxPages,
      "Check the user id; the account may be protected, suspended or deleted.",
    ),
});
