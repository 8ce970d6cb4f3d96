import { z } from "zod";
import { ConnectorActionError, defineAction } from "@/core/connectors";
import { postLengthProblem } from "../post-length";
import { postSchema, singleAnswer, tweetFieldsInput, xId } from "../schemas";
import { requireXData } from "../x-errors";

const postText = z
  .string()
  .min(1, "write the post's text")
  .superRefine((text, ctx) => {
    const problem = postLengthProblem(text);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .meta({ description: "The post's text, up to 280 characters as X counts them (a link counts 23, an emoji 2)", examples: ["Release 2.4 is out: faster builds and a new CLI. https://example.com/changelog"] });

export const createPost = defineAction({
  id: "create_post",
  name: "Create post",
  description: "Publish a post (a tweet) as the signed-in user, optionally as a reply or quoting another post. Needs an OAuth 2.0 connection.",
  input: z.object({
    text: postText,
    replyToPostId: xId("replyToPostId").optional().meta({ description: "Publish as a reply to this post", examples: ["1460323737035677698"] }),
    quotePostId: xId("quotePostId").optional().meta({ description: "Quote this post", examples: ["1460323737035677698"] }),
    replySettings: z
      .enum(["following", "mentionedUsers"])
      .optional()
      .meta({ description: "Who may reply (everyone when left out): accounts the author follows, or only accounts mentioned in the post", examples: ["mentionedUsers"] }),
  }),
  output: singleAnswer(postSchema),
  request: (input) => ({
    method: "POST",
    path: "/2/tweets",
    body: {
      text: input.text,
      ...(input.replyToPostId ? { reply: { in_reply_to_tweet_id: input.replyToPostId } } : {}),
      ...(input.quotePostId ? { quote_tweet_id: input.quotePostId } : {}),
      ...(input.replySettings ? { reply_settings: input.replySettings } : {}),
    },
  }),
  response: ({ body }) => requireXData(body, "Check the post's text and the ids of the post it replies to or quotes."),
});

export const deletePost = defineAction({
  id: "delete_post",
  name: "Delete post",
  description: "Delete one of the signed-in user's posts. Needs an OAuth 2.0 connection.",
  input: z.object({ id: xId("id").meta({ description: "Id of the post to delete (the number at the end of its URL)", examples: ["1460323737035677698"] }) }),
  output: singleAnswer(z.looseObject({ deleted: z.boolean() })),
  request: (input) => ({ method: "DELETE", path: `/2/tweets/${encodeURIComponent(input.id)}` }),
  response: ({ body }, input) => {
    const answer = requireXData(body, "Check the post's id; only the signed-in user's own posts can be deleted.") as { data: { deleted?: unknown } };
    if (answer.data.deleted !== true) throw new ConnectorActionError(`X did not delete post ${input.id}; check that it belongs to the signed-in user.`);
    return answer;
  },
});

export const getPost = defineAction({
  id: "get_post",
  name: "Get post",
  description: "Look up one post by id, with the fields asked for and its author.",
  input: z.object({
    id: xId("id").meta({ description: "Id of the post (the number at the end of its URL)", examples: ["1460323737035677698"] }),
    tweetFields: tweetFieldsInput,
  }),
  output: singleAnswer(postSchema),
  request: (input) => ({
    method: "GET",
    path: `/2/tweets/${encodeURIComponent(input.id)}`,
    query: { "tweet.fields": input.tweetFields.join(","), expansions: "author_id", "user.fields": "name,username,verified" },
  }),
  response: ({ body }) => requireXData(body, "Check the post's id; the post may have been deleted or its author may be protected or suspended."),
});
