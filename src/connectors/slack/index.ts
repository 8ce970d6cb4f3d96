import { defineConnector } from "@/core/connectors";
import { slackActions } from "./actions";
import { slackAuth } from "./auth";
import { assertSlackOk } from "./slack-errors";
import { SLACK_PAGINATION } from "./slack-listing";
import { newChannel, slackEvents } from "./triggers";

/** Slack's Web API as the workspace's bot: post, edit and react to messages, read channels, find members. */
export const slackConnector = defineConnector({
  id: "slack",
  name: "Slack",
  icon: "slack",
  categories: ["communication"],
  description: "Send and update messages, react, read channels and find people in a Slack workspace; start workflows from Slack events.",
  auth: slackAuth,
  baseUrl: "https://slack.com/api",
  // Most methods used here are Slack's tier 3 (about 50 calls a minute per method and workspace).
  rateLimit: { requests: 50, perMs: 60_000 },
  pagination: SLACK_PAGINATION,
  // Cheapest call that needs a valid token. Slack refuses a bad one with HTTP 200 and { ok: false, error: "invalid_auth" }.
  test: { method: "POST", path: "/auth.test" },
  // Slack refuses a revoked or wrong token with HTTP 200 and { ok: false, error: "invalid_auth" }.
  verifyTest: (response) => void assertSlackOk("auth.test", response.body),
  actions: slackActions,
  triggers: [slackEvents, newChannel],
});
