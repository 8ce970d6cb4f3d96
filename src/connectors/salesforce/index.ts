import { defineConnector, HOUR_MS } from "@/core/connectors";
import { createRecordAction } from "./actions/create-record";
import { deleteRecordAction } from "./actions/delete-record";
import { describeObjectAction } from "./actions/describe-object";
import { getRecordAction } from "./actions/get-record";
import { queryAction } from "./actions/query";
import { updateRecordAction } from "./actions/update-record";
import { upsertByExternalIdAction } from "./actions/upsert-record";
import { dataPath } from "./api";
import { salesforceOAuth, salesforceSessionToken } from "./auth";
import { newLeadTrigger } from "./triggers";

/**
 * Salesforce REST API (v60.0) on the connection's own instance: there is no global API host, so the base URL is the
 * org's instance URL — from the OAuth token response's `instance_url`, or typed in beside a session token.
 */
export const salesforceConnector = defineConnector({
  id: "salesforce",
  name: "Salesforce",
  icon: "cloud",
  categories: ["crm", "sales"],
  description: "Query, create, update and upsert Salesforce records, and start flows on new leads.",
  auth: [salesforceOAuth, salesforceSessionToken],
  connectionBaseUrl: {
    label: "Instance URL",
    description: "Your org's address: Setup → My Domain (\"Current My Domain URL\"), or the Instance Url shown by `sf org display`.",
    example: "https://yourcompany.my.salesforce.com",
  },
  // The daily API request allocation is per org (15,000 + per-licence extras over a rolling 24 h, Enterprise
  // Edition and up); counted here per connection, a floor most orgs are above.
  rateLimit: { requests: 15_000, perMs: 24 * HOUR_MS },
  // Query results page through `nextRecordsUrl` (a path on the instance); the last page has `done: true` and none.
  pagination: { type: "link", nextUrlPath: "nextRecordsUrl", itemsPath: "records" },
  // Cheap and needs only the "api" scope: the org's limits, including the API requests left today.
  test: { method: "GET", path: dataPath("limits") },
  actions: [queryAction, getRecordAction, createRecordAction, updateRecordAction, upsertByExternalIdAction, deleteRecordAction, describeObjectAction],
  triggers: [newLeadTrigger],
});
