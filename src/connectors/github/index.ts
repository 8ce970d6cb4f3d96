import { defineConnector, HOUR_MS } from "@/core/connectors";
import { addLabels, createIssueComment, createLabel } from "./actions/comments-and-labels";
import { createIssue, getIssue, listIssues, updateIssue } from "./actions/issues";
import { createOrUpdateFile, getFile, getRepository } from "./actions/repository";
import { searchIssues } from "./actions/search";
import { githubOAuth, githubToken } from "./auth";
import { githubRequest } from "./github-request";
import { newIssue } from "./new-issue-trigger";
import { githubWebhook } from "./triggers";

/**
 * GitHub's REST API (github.com, or a GitHub Enterprise Server's /api/v3): issues, comments, labels, search,
 * repositories and files; webhook events, and new issues by polling a repository.
 */
export const githubConnector = defineConnector({
  id: "github",
  name: "GitHub",
  icon: "github",
  categories: ["developer tools"],
  description: "Create and manage issues, comments and labels, search, read repositories and commit files; start workflows from webhook events or new issues.",
  auth: [githubOAuth, githubToken],
  baseUrl: "https://api.github.com",
  connectionBaseUrl: {
    label: "API URL (GitHub Enterprise only)",
    description: "Leave empty for github.com. For GitHub Enterprise Server, your server's REST API address.",
    example: "https://github.example.com/api/v3",
  },
  // The documented primary limit for a user's token: 5,000 requests an hour.
  rateLimit: { requests: 5000, perMs: HOUR_MS },
  // GitHub pages with a Link header (rel="next"); the list is the body.
  pagination: { type: "link" },
  test: githubRequest("GET", "/user"),
  actions: [createIssue, getIssue, updateIssue, listIssues, createIssueComment, addLabels, createLabel, searchIssues, getRepository, getFile, createOrUpdateFile],
  triggers: [githubWebhook, newIssue],
});
