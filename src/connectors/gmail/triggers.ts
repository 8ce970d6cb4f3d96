import { defineTrigger, type ConnectorResponse } from "@/core/connectors";
import { messageRefSchema } from "./schemas";

/**
 * Messages received within this many seconds before the last poll are asked for again: Gmail's search index can
 * lag delivery by a little, and the repeats cost nothing since the dedupe key (the message id) drops them.
 */
const OVERLAP_SECONDS = 300;

/** The cursor is the Gmail server's clock (epoch seconds) at the previous poll. */
function cursorSeconds(cursor: string | undefined): number | undefined {
  return cursor !== undefined && /^\d{9,11}$/.test(cursor) ? Number(cursor) : undefined;
}

/** Google's own clock from the answer's Date header, so a skewed local clock cannot skip mail; ours without one. */
function serverSeconds(response: ConnectorResponse): number {
  const date = Date.parse(response.headers.date ?? "");
  return Math.floor((Number.isNaN(date) ? Date.now() : date) / 1000);
}

/**
 * New mail in the inbox. The first poll only reads the profile to start the clock (mail already there does not fire);
 * later polls search `in:inbox after:<seconds>` and hand over each message's id and thread, oldest first.
 * One page of 500 is read per poll: more than that arriving within one interval would be unusual for a mailbox.
 */
export const newEmail = defineTrigger({
  id: "new_email",
  name: "New email",
  description: "Starts a run for each new email in the inbox (its id and threadId; use get_message for the content).",
  kind: "polling",
  intervalMs: 60_000,
  output: messageRefSchema,
  request: (cursor) => {
    const since = cursorSeconds(cursor);
    if (since === undefined) return { method: "GET", path: "/gmail/v1/users/me/profile" };
    return { method: "GET", path: "/gmail/v1/users/me/messages", query: { q: `in:inbox after:${since - OVERLAP_SECONDS}`, maxResults: 500 } };
  },
  // Gmail lists newest first and leaves `messages` out when there are none (and the profile has none).
  items: ({ body }) => {
    const messages = (body as { messages?: unknown } | null)?.messages;
    return Array.isArray(messages) ? [...messages].reverse() : [];
  },
  nextCursor: (response, previous) => String(Math.max(serverSeconds(response), cursorSeconds(previous) ?? 0)),
  dedupeKey: (item) => (item as { id: string }).id,
});
