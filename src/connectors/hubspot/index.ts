import { defineConnector } from "@/core/connectors";
import { createContact, getContact, updateContact } from "./actions/contacts";
import { createDeal } from "./actions/deals";
import { listContacts, searchContacts } from "./actions/list-contacts";
import { hubspotAuth } from "./auth";
import { contactCreatedOrUpdated } from "./triggers";

/** HubSpot CRM (v3 objects API): contacts and deals, with a polling trigger on contact changes. */
export const hubspotConnector = defineConnector({
  id: "hubspot",
  name: "HubSpot",
  icon: "users",
  categories: ["crm", "sales"],
  description: "Create, update and find HubSpot contacts, create deals, and react to contact changes.",
  auth: hubspotAuth,
  baseUrl: "https://api.hubapi.com",
  // Private apps on Free/Starter: 100 requests per 10 s (more on Professional/Enterprise). The search endpoints
  // have their own, lower limit (5 requests/s per account); HubSpot answers 429 with Retry-After past it.
  rateLimit: { requests: 100, perMs: 10_000 },
  // The GET listings: `?after=` from `paging.next.after`; the last page has no `paging`.
  pagination: { type: "cursor", cursorPath: "paging.next.after", cursorParam: "after", cursorIn: "query", itemsPath: "results" },
  test: { method: "GET", path: "/crm/v3/objects/contacts", query: { limit: 1 } },
  actions: [createContact, updateContact, getContact, searchContacts, listContacts, createDeal],
  triggers: [contactCreatedOrUpdated],
});
