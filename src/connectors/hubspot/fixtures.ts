/** Answers shaped as HubSpot's CRM v3 API returns them (ids, ISO timestamps, string-valued properties). */

export function contact(id: string, email: string, firstname: string, lastname: string, modified: string, created = "2025-11-03T09:14:27.512Z") {
  return {
    id,
    properties: { createdate: created, email, firstname, hs_object_id: id, lastmodifieddate: modified, lastname },
    createdAt: created,
    updatedAt: modified,
    archived: false,
  };
}

export const ada = contact("85412367501", "ada@example.com", "Ada", "Lovelace", "2025-11-03T09:14:31.204Z");
export const grace = contact("85412367502", "grace@example.com", "Grace", "Hopper", "2025-11-03T11:40:02.918Z");
export const alan = contact("85412367503", "alan@example.com", "Alan", "Turing", "2025-11-04T08:05:55.001Z");

/** 201 Created for POST /crm/v3/objects/contacts: HubSpot fills in its own properties. */
export const createdContact = {
  id: "85412367501",
  properties: {
    company: "Analytical Engines Ltd",
    createdate: "2025-11-03T09:14:27.512Z",
    email: "ada@example.com",
    firstname: "Ada",
    hs_all_contact_vids: "85412367501",
    hs_email_domain: "example.com",
    hs_is_contact: "true",
    hs_is_unworked: "true",
    hs_lifecyclestage_lead_date: "2025-11-03T09:14:27.512Z",
    hs_object_id: "85412367501",
    hs_object_source: "INTEGRATION",
    hs_object_source_id: "2718281",
    hs_object_source_label: "INTEGRATION",
    hs_pipeline: "contacts-lifecycle-pipeline",
    lastmodifieddate: "2025-11-03T09:14:27.512Z",
    lastname: "Lovelace",
    lifecyclestage: "lead",
  },
  createdAt: "2025-11-03T09:14:27.512Z",
  updatedAt: "2025-11-03T09:14:27.512Z",
  archived: false,
};

export const updatedContact = {
  id: "85412367501",
  properties: { hs_lead_status: "IN_PROGRESS", jobtitle: "Head of Operations", lastmodifieddate: "2025-11-05T16:22:09.734Z" },
  createdAt: "2025-11-03T09:14:27.512Z",
  updatedAt: "2025-11-05T16:22:09.734Z",
  archived: false,
};

export const contactWithDeals = {
  ...ada,
  properties: { ...ada.properties, phone: null, lifecyclestage: "opportunity" },
  associations: { deals: { results: [{ id: "19283746501", type: "contact_to_deal" }] } },
};

export const listPage1 = {
  results: [ada, grace],
  paging: { next: { after: "85412367503", link: "https://api.hubapi.com/crm/v3/objects/contacts?limit=2&after=85412367503" } },
};
export const listPage2 = { results: [alan] };

export const searchPage1 = { total: 3, results: [ada, grace], paging: { next: { after: "2" } } };
export const searchPage2 = { total: 3, results: [alan] };

export const createdDeal = {
  id: "19283746501",
  properties: {
    amount: "12500",
    closedate: "2026-03-31T12:00:00Z",
    createdate: "2025-11-04T10:02:11.845Z",
    dealname: "Analytical Engines – annual plan",
    dealstage: "appointmentscheduled",
    hs_lastmodifieddate: "2025-11-04T10:02:11.845Z",
    hs_object_id: "19283746501",
    pipeline: "default",
  },
  createdAt: "2025-11-04T10:02:11.845Z",
  updatedAt: "2025-11-04T10:02:11.845Z",
  archived: false,
};

export const conflict = {
  status: "error",
  message: "Contact already exists. Existing ID: 85412367501",
  correlationId: "8f2c1f1e-6a0b-4f6d-9a53-0c9d7e1b2a44",
  category: "CONFLICT",
};

export const notFound = { status: "error", message: "resource not found", correlationId: "3b7d2e90-1c4f-4a8e-b6d5-7e0f9a2c8b13" };

export const unauthorized = {
  status: "error",
  message: "Authentication credentials not found.",
  correlationId: "c41a7f3e-92d8-4b6e-8f05-1d3a6b9e2c70",
  category: "INVALID_AUTHENTICATION",
};
