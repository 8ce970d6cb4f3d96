import { ConnectorActionError } from "@/core/connectors";

/** Slack's failure answer: HTTP 200 with `ok: false` and an error code (plus details for some codes). */
interface SlackErrorBody {
  ok: false;
  error?: unknown;
  /** missing_scope: the scope the method needs and the ones the token has. */
  needed?: unknown;
  provided?: unknown;
  /** invalid_blocks / invalid_arguments: Slack's own explanations. */
  response_metadata?: { messages?: unknown };
}

const RECONNECT = "Reconnect the Slack connection (or paste a current Bot User OAuth Token).";

/** What each common code means and what the user can do about it. */
const EXPLANATIONS: Record<string, string> = {
  channel_not_found: "the channel does not exist or the bot cannot see it. Check the channel id (like C0123456789, not #name) and invite the bot to the channel (/invite @YourApp); private channels also need the groups:* scopes.",
  not_in_channel: "the bot is not a member of this channel. Invite it with /invite @YourApp in the channel, or add the chat:write.public scope to post in public channels without joining.",
  is_archived: "the channel is archived. Unarchive it or pick another channel.",
  invalid_auth: `the token is not valid (revoked, mistyped or for another workspace). ${RECONNECT}`,
  not_authed: `no token was sent. ${RECONNECT}`,
  token_revoked: `the token was revoked (the app was uninstalled or the token rotated). ${RECONNECT}`,
  token_expired: `the token has expired. ${RECONNECT}`,
  account_inactive: `the token belongs to a deleted user or a disabled workspace. ${RECONNECT}`,
  not_allowed_token_type: "this method does not accept this kind of token (bot vs user token). Use a Bot User OAuth Token (xoxb-…).",
  no_permission: "the workspace does not let this token do this. Ask a workspace admin to allow the app or grant it more access.",
  restricted_action: "a workspace preference forbids this action for the bot. Ask a workspace admin to lift the restriction.",
  team_access_not_granted: "the token has no access to the workspace that owns this channel. Install the app in that workspace.",
  ratelimited: "Slack's rate limit for this method was reached. Wait a minute before trying again, or lower how often the workflow calls it.",
  msg_too_long: "the message text is too long (Slack accepts at most 40,000 characters; keep it under 4,000 for readability). Shorten it or split it into several messages.",
  no_text: "the message has no text. Give text (and optionally blocks).",
  invalid_blocks: "the blocks are not valid Block Kit. Check them in Slack's Block Kit Builder.",
  invalid_blocks_format: "blocks must be a JSON array of block objects.",
  too_many_attachments: "the message has more than 100 attachments.",
  message_not_found: "no message with this timestamp exists in the channel. Check the channel id and the message ts (like 1712345678.123456).",
  cant_update_message: "the bot may only edit messages it posted itself.",
  edit_window_closed: "the message is too old to be edited (the workspace limits the edit window).",
  already_reacted: "the bot has already added this reaction to the message.",
  invalid_name: "there is no emoji with this name. Give the name without colons, like thumbsup or white_check_mark.",
  too_many_reactions: "the message already has the most reactions Slack allows.",
  users_not_found: "no member of this workspace has this email address (or the bot cannot see them). Check the address; the users:read.email scope is needed too.",
  invalid_cursor: "the page cursor is not valid any more. Start the listing again from the first page.",
  invalid_ts_latest: "latest is not a valid Slack timestamp (like 1712345678.123456).",
  invalid_ts_oldest: "oldest is not a valid Slack timestamp (like 1712345678.123456).",
  invalid_limit: "limit is out of range for this method.",
  invalid_types: "types must be a comma-separated list of public_channel, private_channel, mpim and im.",
  invalid_arguments: "the request's arguments are not valid for this method. Check the step's input.",
  fatal_error: "Slack failed to handle the request. This is usually temporary; try again.",
  internal_error: "Slack failed to handle the request. This is usually temporary; try again.",
  service_unavailable: "Slack is temporarily unavailable. Try again in a moment.",
  request_timeout: "Slack timed out handling the request. Try again; if posting, check first that the message was not posted.",
};

const MAX_DETAIL = 300;

/** A code or detail from the answer, cut short and without control characters, fit for a message. */
function clean(value: unknown): string | undefined {
  if (typeof value !== "string" || value === "") return undefined;
  const text = value.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}

/** A user-facing explanation of a failed Slack method call, from its `{ ok: false, error }` answer. */
export function slackErrorMessage(method: string, body: SlackErrorBody): string {
  const code = clean(body.error) ?? "unknown_error";
  let explanation = EXPLANATIONS[code];
  if (code === "missing_scope") {
    const needed = clean(body.needed) ?? "a scope";
    const provided = clean(body.provided);
    explanation = `the token lacks the "${needed}" scope${provided ? ` (it has ${provided})` : ""}. Add it under OAuth & Permissions in the Slack app's settings, reinstall the app, then reconnect the connection.`;
  }
  const details = Array.isArray(body.response_metadata?.messages) ? body.response_metadata.messages.map(clean).filter(Boolean).slice(0, 3) : [];
  const base = explanation ?? `see https://api.slack.com/methods/${method}#errors for what this code means.`;
  return `Slack ${method} failed (${code}): ${base}${details.length > 0 ? ` Slack says: ${details.join("; ")}` : ""}`;
}

/** Slack answers HTTP 200 even when a method fails: anything but `ok: true` is a failed step. */
export function assertSlackOk(method: string, body: unknown): Record<string, unknown> & { ok: true } {
  if (typeof body !== "object" || body === null) {
    throw new ConnectorActionError(`Slack ${method} answered with something other than a JSON object; check that the connection points at https://slack.com/api.`);
  }
  const { ok } = body as { ok?: unknown };
  if (ok !== true) throw new ConnectorActionError(slackErrorMessage(method, body as SlackErrorBody));
  return body as Record<string, unknown> & { ok: true };
}
