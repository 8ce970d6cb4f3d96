import { ConnectorActionError, defineTrigger, type ConnectorResponse } from "@/core/connectors";
import { readMentionCursor, writeMentionCursor, xTimeOf } from "./mention-cursor";
import { AUTHOR_FIELDS, DEFAULT_TWEET_FIELDS, postSchema, userSchema } from "./schemas";
import { xProblemsText } from "./x-errors";

interface MentionsBody {
  data?: unknown;
  includes?: { users?: unknown };
  errors?: unknown;
  meta?: { newest_id?: unknown; next_token?: unknown };
}

const mentionSchema = postSchema.extend({ author: userSchema.optional() });

const bodyOf = (response: ConnectorResponse): MentionsBody => (typeof response.body === "object" && response.body !== null ? (response.body as MentionsBody) : {});
const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

function throwOnProblems(body: MentionsBody): void {
  if (body.data !== undefined) return;
  const problems = xProblemsText(body.errors);
  if (problems) throw new ConnectorActionError(`X answered with an error: ${problems}. Reconnect the X connection by signing in again.`);
}

/**
 * New posts mentioning the signed-in user, oldest first. The first poll only learns who that user is
 * (/2/users/me, so an OAuth 2.0 connection is needed) and when the trigger started: mentions from before then
 * never start a run.
 */
export const newMention = defineTrigger({
  id: "new_mention",
  name: "New mention",
  description: "When a post mentions the signed-in account (@you). Needs an OAuth 2.0 connection; mentions from before the trigger was switched on are skipped.",
  kind: "polling",
  // X's mentions timeline allows few requests per 15-minute window on the lower access tiers; every 2 minutes is 8.
  intervalMs: 120_000,
  output: mentionSchema,
  request(cursor) {
    const state = readMentionCursor(cursor);
    if (!state) return { method: "GET", path: "/2/users/me" };
    return {
      method: "GET",
      path: `/2/users/${encodeURIComponent(state.userId)}/mentions`,
      query: {
        max_results: 100,
        ...(state.sinceId ? { since_id: state.sinceId } : state.startTime ? { start_time: state.startTime } : {}),
        ...(state.paginationToken ? { pagination_token: state.paginationToken } : {}),
        "tweet.fields": DEFAULT_TWEET_FIELDS.join(","),
        expansions: "author_id",
        "user.fields": AUTHOR_FIELDS,
      },
    };
  },
  items(response) {
    const body = bodyOf(response);
    throwOnProblems(body);
    // The first poll's answer is the user (an object), not mentions.
    if (!Array.isArray(body.data)) return [];
    const users = Array.isArray(body.includes?.users) ? (body.includes.users as { id?: unknown }[]) : [];
    const byId = new Map(users.map((user) => [user.id, user]));
    return (body.data as { author_id?: unknown }[])
      .map((post) => ({ ...post, ...(byId.has(post.author_id) ? { author: byId.get(post.author_id) } : {}) }))
      .reverse();
  },
  nextCursor(response, previous) {
    const body = bodyOf(response);
    const state = readMentionCursor(previous);
    if (!state) {
      const userId = text((body.data as { id?: unknown } | undefined)?.id);
      if (!userId) throw new ConnectorActionError("X did not say who the connection is signed in as; reconnect the X connection by signing in again.");
      return writeMentionCursor({ userId, startTime: xTimeOf(response.headers.date) });
    }
    const newest = state.pendingNewestId ?? text(body.meta?.newest_id);
    const nextToken = text(body.meta?.next_token);
    if (nextToken) return writeMentionCursor({ ...state, paginationToken: nextToken, pendingNewestId: newest });
    if (newest) return writeMentionCursor({ userId: state.userId, sinceId: newest });
    // A walk that ended on an empty page: start over from the same lower bound rather than repeat the token.
    if (state.paginationToken) return writeMentionCursor({ ...state, paginationToken: undefined, pendingNewestId: undefined });
    return undefined;
  },
  dedupeKey: (item) => (item as { id: string }).id,
});
