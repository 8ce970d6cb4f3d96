import type { AuthSpec } from "@/core/connectors";

/** Bot scopes the actions need; users.lookupByEmail also needs users:read.email. */
export const SLACK_SCOPES = ["chat:write", "channels:read", "channels:history", "reactions:write", "users:read", "users:read.email"];

/** Installing the Slack app (OAuth v2, a bot token comes back), or pasting the bot token of an installed app. */
export const slackAuth: AuthSpec[] = [
  {
    type: "oauth2",
    oauth: {
      app: "slack",
      grant: "authorization_code",
      authorizeUrl: "https://slack.com/oauth/v2/authorize",
      tokenUrl: "https://slack.com/api/oauth.v2.access",
      scopes: SLACK_SCOPES,
      // Slack's v2 authorize URL takes bot scopes comma-separated; it does not do PKCE for confidential apps.
      scopeSeparator: ",",
      pkce: false,
      clientAuth: "client_secret_post",
    },
  },
  {
    type: "bearer",
    token: {
      label: "Bot User OAuth Token",
      example: "xoxb-…",
      description:
        "At api.slack.com/apps, open your app › OAuth & Permissions, add the bot token scopes (chat:write, channels:read, channels:history, reactions:write, users:read, users:read.email), install the app to the workspace and copy the Bot User OAuth Token (starts with xoxb-).",
    },
  },
];
