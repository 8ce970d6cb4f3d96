import { z } from "zod";
import { defineTrigger, type ConnectorResponse } from "@/core/connectors";
import { channelSchema } from "./schemas";
import { assertSlackOk } from "./slack-errors";
import { SLACK_PAGINATION } from "./slack-listing";

/** Events API event types this trigger offers (each also needs its event subscription and scope in the Slack app). */
export const SLACK_EVENTS = ["message", "app_mention", "reaction_added", "reaction_removed", "channel_created", "member_joined_channel"] as const;

const eventEnvelope = z.looseObject({
  type: z.literal("event_callback"),
  team_id: z.string(),
  api_app_id: z.string(),
  event_id: z.string(),
  event_time: z.number(),
  event: z.looseObject({ type: z.string(), event_ts: z.string().optional(), user: z.string().optional(), channel: z.unknown().optional() }),
});

/**
 * The event name of an Events API delivery: the inner event's type for an `event_callback`; the envelope's own type
 * for Slack's control deliveries (`url_verification` when the Request URL is set, `app_rate_limited`).
 */
export function slackEventOf({ body }: { headers: Record<string, string>; body: unknown }): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { type, event } = body as { type?: unknown; event?: { type?: unknown } };
  if (type === "event_callback") return typeof event?.type === "string" ? event.type : undefined;
  if (type === "url_verification" || type === "app_rate_limited") return type;
  return undefined;
}

export const slackEvents = defineTrigger({
  kind: "webhook",
  id: "event",
  name: "Slack event",
  description:
    "Slack calls Junction when something happens in the workspace: set this trigger's URL as the Request URL under Event Subscriptions in the Slack app, subscribe to the bot events wanted and paste the app's Signing Secret. Messages the bot posts come back as `message` events with a bot_id.",
  signatureScheme: "slack",
  events: SLACK_EVENTS,
  eventOf: slackEventOf,
  output: eventEnvelope,
});

const CHANNELS_PER_POLL = 1000;

function channelsOf(response: ConnectorResponse): z.output<typeof channelSchema>[] {
  const body = assertSlackOk("conversations.list", response.body);
  const channels = z.array(channelSchema).parse(body.channels ?? []);
  // Slack lists channels in no documented order; runs start oldest first.
  return channels.toSorted((a, b) => a.created - b.created || a.id.localeCompare(b.id));
}

/**
 * New public channels. conversations.list cannot filter by creation time, so each poll reads one page of up to
 * 1000 channels and the dedupe key (the channel id) keeps each channel to one run. The cursor is Slack's page
 * cursor: a workspace with more channels is read a page per poll, back to the first page ("") after the last.
 */
export const newChannel = defineTrigger({
  kind: "polling",
  id: "new_channel",
  name: "New channel",
  description: "Starts a run for each public channel created in the workspace (conversations.list, every 5 minutes).",
  intervalMs: 5 * 60_000,
  output: channelSchema,
  request: (cursor) => ({
    method: "GET",
    path: "/conversations.list",
    query: { types: "public_channel", exclude_archived: true, limit: CHANNELS_PER_POLL, ...(cursor ? { [SLACK_PAGINATION.cursorParam]: cursor } : {}) },
  }),
  items: channelsOf,
  nextCursor: (response) => {
    const next = (response.body as { response_metadata?: { next_cursor?: unknown } }).response_metadata?.next_cursor;
    return typeof next === "string" ? next : "";
  },
  dedupeKey: (item) => (item as { id: string }).id,
});
