import { defineConnector } from "@/core/connectors";
import { createDraft } from "./actions/create-draft";
import { getMessage } from "./actions/get-message";
import { listLabels } from "./actions/list-labels";
import { listMessages } from "./actions/list-messages";
import { modifyLabels } from "./actions/modify-labels";
import { sendEmail } from "./actions/send-email";
import { gmailAuth } from "./auth";
import { newEmail } from "./triggers";

/** Gmail through the Gmail API v1, as the connected Google account (`users/me`). */
export const gmailConnector = defineConnector({
  id: "gmail",
  name: "Gmail",
  icon: "mail",
  categories: ["communication", "email"],
  description: "Send, find, read and label emails, save drafts, and start workflows on new mail.",
  auth: gmailAuth,
  baseUrl: "https://gmail.googleapis.com",
  // Gmail allows 250 quota units per user per second; reads (list, get, modify) cost 5 units, so 50 calls a second
  // is the most that stays inside it. Sends cost 100 units: Google's 429 for those is handled as a rate limit.
  rateLimit: { requests: 50, perMs: 1_000 },
  pagination: { type: "cursor", cursorPath: "nextPageToken", cursorParam: "pageToken" },
  test: { method: "GET", path: "/gmail/v1/users/me/profile" },
  actions: [sendEmail, listMessages, getMessage, modifyLabels, createDraft, listLabels],
  triggers: [newEmail],
});
