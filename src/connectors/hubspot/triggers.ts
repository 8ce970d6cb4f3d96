import { defineTrigger, type ConnectorResponse } from "@/core/connectors";
import { crmObjectSchema, type CrmObject } from "./schemas";
import { CONTACTS_SEARCH_PATH } from "./search";

// HubSpot's v3 webhooks are configured per public app and signed with the app's client secret (X-HubSpot-Signature-v3,
// an HMAC over method + URL + body + timestamp), a scheme webhook intake does not verify: so this trigger polls.

const TRIGGER_PROPERTIES = ["email", "firstname", "lastname", "phone", "company", "lifecyclestage", "createdate", "lastmodifieddate", "hs_object_id"];
/** HubSpot's largest search page; a bigger page makes a millisecond tie across a page boundary (skipped by GT) rarer. */
const POLL_LIMIT = 200;

/** The cursor is the newest `lastmodifieddate` seen, in milliseconds since the epoch. */
function cursorMs(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const ms = /^\d+$/.test(cursor) ? Number(cursor) : Date.parse(cursor);
  return Number.isFinite(ms) ? ms : undefined;
}

function modifiedMs(contact: CrmObject): number {
  return Date.parse(contact.properties.lastmodifieddate ?? contact.updatedAt);
}

function contactsOf(response: ConnectorResponse): CrmObject[] {
  const results = (response.body as { results?: unknown } | null)?.results;
  if (!Array.isArray(results)) return [];
  return results.map((item) => crmObjectSchema.parse(item)).sort((a, b) => modifiedMs(a) - modifiedMs(b));
}

export const contactCreatedOrUpdated = defineTrigger({
  kind: "polling",
  id: "contact_created_or_updated",
  name: "Contact created or updated",
  description: "Starts a run for each contact created or changed since the last poll (checked every minute).",
  output: crmObjectSchema,
  intervalMs: 60_000,
  request: (cursor) => {
    const since = cursorMs(cursor);
    // First poll: the latest changes (newest first, sorted back to oldest first by `items`); then everything after
    // the cursor, oldest first, so a busy minute beyond one page is picked up by the next poll.
    const body =
      since === undefined
        ? { filterGroups: [], sorts: [{ propertyName: "lastmodifieddate", direction: "DESCENDING" }], properties: TRIGGER_PROPERTIES, limit: POLL_LIMIT }
        : {
            filterGroups: [{ filters: [{ propertyName: "lastmodifieddate", operator: "GT", value: String(since) }] }],
            sorts: [{ propertyName: "lastmodifieddate", direction: "ASCENDING" }],
            properties: TRIGGER_PROPERTIES,
            limit: POLL_LIMIT,
          };
    return { method: "POST", path: CONTACTS_SEARCH_PATH, body };
  },
  items: (response) => contactsOf(response),
  nextCursor: (response, previous) => {
    const newest = contactsOf(response).at(-1);
    if (!newest) return previous;
    const ms = modifiedMs(newest);
    const before = cursorMs(previous);
    return Number.isFinite(ms) && (before === undefined || ms > before) ? String(ms) : previous;
  },
  dedupeKey: (item) => {
    const contact = crmObjectSchema.parse(item);
    return `${contact.id}:${contact.updatedAt}`;
  },
});
