import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runActionAgainst } from "@/test/connector-harness";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { hubspotConnector } from ".";
import * as fx from "./fixtures";

const TOKEN = "pat-na1-canary-0f3e9b2d-4c1a-never-leak";
let api: LocalHttpServer;
const connection = () => ({ baseUrl: api.base, authType: "bearer", credentials: { token: TOKEN } });
const run = (actionId: string, input: unknown) => runActionAgainst(hubspotConnector, actionId, connection(), input);
const last = () => api.requests.at(-1)!;
const lastBody = () => JSON.parse(last().body) as unknown;

beforeAll(async () => {
  api = await startLocalHttpServer();
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

/** Every route answers 401 unless the private app token arrives as a bearer token. */
function route(path: string, answer: (method: string, hit: number, body: string, url: URL) => [number, unknown]) {
  api.route(path, (req, res, hit, body) => {
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return sendJson(res, 401, fx.unauthorized);
    const [status, json] = answer(req.method ?? "GET", hit, body, new URL(req.url ?? "/", api.base));
    sendJson(res, status, json);
  });
}

describe("hubspot contacts", () => {
  it("create_contact posts the named fields and extra properties, and returns the contact", async () => {
    route("/crm/v3/objects/contacts", (method) => (method === "POST" ? [201, fx.createdContact] : [405, {}]));
    const { output, calls } = await run("create_contact", { email: "ada@example.com", firstname: "Ada", lastname: "Lovelace", company: "Analytical Engines Ltd", properties: { lifecyclestage: "lead" } });
    expect(last().method).toBe("POST");
    expect(last().url).toBe("/crm/v3/objects/contacts");
    expect(last().headers["content-type"]).toMatch(/application\/json/);
    expect(last().headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(lastBody()).toEqual({ properties: { lifecyclestage: "lead", email: "ada@example.com", firstname: "Ada", lastname: "Lovelace", company: "Analytical Engines Ltd" } });
    expect(output).toMatchObject({ id: "85412367501", properties: { email: "ada@example.com", lifecyclestage: "lead", hs_email_domain: "example.com" }, archived: false });
    expect(JSON.stringify({ output, calls })).not.toContain(TOKEN);
    expect(calls[0]!.requestHeaders.authorization).not.toContain(TOKEN);
  });

  it("create_contact refuses an empty contact before calling HubSpot", async () => {
    await expect(run("create_contact", {})).rejects.toThrow(/at least one property/);
    expect(api.requests).toHaveLength(0);
  });

  it("create_contact on an existing email: HubSpot's 409 CONFLICT comes back with the existing id", async () => {
    route("/crm/v3/objects/contacts", () => [409, fx.conflict]);
    const failure = await run("create_contact", { email: "ada@example.com" }).catch((error: unknown) => error as Error);
    expect((failure as Error).message).toBe("HubSpot answered 409: the request was rejected (Contact already exists. Existing ID: 85412367501 (CONFLICT)). Check the step's input.");
    expect((failure as Error).message).toContain("Existing ID: 85412367501");
    expect((failure as Error).message).not.toContain(TOKEN);
  });

  it("update_contact patches by email with idProperty, the address encoded in the path", async () => {
    route("/crm/v3/objects/contacts/ada%40example.com", () => [200, fx.updatedContact]);
    const { output } = await run("update_contact", { contactId: "ada@example.com", idProperty: "email", properties: { jobtitle: "Head of Operations", hs_lead_status: "IN_PROGRESS" } });
    expect(last().method).toBe("PATCH");
    expect(last().url).toBe("/crm/v3/objects/contacts/ada%40example.com?idProperty=email");
    expect(lastBody()).toEqual({ properties: { jobtitle: "Head of Operations", hs_lead_status: "IN_PROGRESS" } });
    expect(output).toMatchObject({ id: "85412367501", updatedAt: "2025-11-05T16:22:09.734Z", properties: { jobtitle: "Head of Operations" } });
  });

  it("update_contact needs a property to change", async () => {
    await expect(run("update_contact", { contactId: "85412367501", properties: {} })).rejects.toThrow(/at least one property to change/);
  });

  it("get_contact asks for the named properties and associations, and keeps associations in the output", async () => {
    route("/crm/v3/objects/contacts/85412367501", () => [200, fx.contactWithDeals]);
    const { output } = await run("get_contact", { contactId: "85412367501", properties: ["email", "phone", "lifecyclestage"], associations: ["deals"] });
    expect(last().method).toBe("GET");
    const url = new URL(last().url, api.base);
    expect(url.searchParams.get("properties")).toBe("email,phone,lifecyclestage");
    expect(url.searchParams.get("associations")).toBe("deals");
    expect(url.searchParams.has("idProperty")).toBe(false);
    expect(output).toMatchObject({ properties: { phone: null, lifecyclestage: "opportunity" }, associations: { deals: { results: [{ id: "19283746501", type: "contact_to_deal" }] } } });
  });

  it("get_contact of an unknown id: the outbound client's 404 message", async () => {
    route("/crm/v3/objects/contacts/999", () => [404, fx.notFound]);
    await expect(run("get_contact", { contactId: "999" })).rejects.toThrow("HubSpot answered 404: not found (resource not found). Check the URL and the ids in the step's input.");
  });

  it("a rejected token: the 401 message, without the token", async () => {
    const failure = await runActionAgainst(hubspotConnector, "get_contact", { ...connection(), credentials: { token: "pat-na1-revoked" } }, { contactId: "85412367501" }).catch((error: unknown) => error as Error);
    expect((failure as Error).message).toMatch(/^HubSpot answered 401: the token was rejected \(.*INVALID_AUTHENTICATION.*\); reconnect the connection/);
  });

  it("an OAuth2 connection sends its access token as a bearer token", async () => {
    route("/crm/v3/objects/contacts/85412367501", () => [200, fx.ada]);
    const { output } = await runActionAgainst(hubspotConnector, "get_contact", { baseUrl: api.base, authType: "oauth2", credentials: { accessToken: TOKEN } }, { contactId: "85412367501" });
    expect(output).toMatchObject({ id: "85412367501" });
  });
});

describe("hubspot listings", () => {
  it("list_contacts walks the `after` cursor in the query and stops at the page without paging", async () => {
    // Answers by the cursor received, as HubSpot does: no `after` is the first page.
    route("/crm/v3/objects/contacts", (_method, _hit, _body, url) => [200, url.searchParams.get("after") === "85412367503" ? fx.listPage2 : fx.listPage1]);
    const { output, calls } = await run("list_contacts", { limit: 2, properties: ["email", "firstname"] });
    expect(api.requests.map((r) => r.url)).toEqual([
      "/crm/v3/objects/contacts?limit=2&properties=email%2Cfirstname&archived=false",
      "/crm/v3/objects/contacts?limit=2&properties=email%2Cfirstname&archived=false&after=85412367503",
    ]);
    expect(output).toEqual({ contacts: [fx.ada, fx.grace, fx.alan], pages: 2, hasMore: false });
    expect(calls).toHaveLength(2);
    expect(JSON.stringify(calls)).not.toContain(TOKEN);
  });

  it("list_contacts stops at maxPages and says there is more", async () => {
    route("/crm/v3/objects/contacts", () => [200, fx.listPage1]);
    const { output } = await run("list_contacts", { limit: 2, maxPages: 1 });
    expect(output).toMatchObject({ pages: 1, hasMore: true });
    expect(api.requests).toHaveLength(1);
  });

  it("search_contacts sends filters in the body, the cursor as body `after`, and returns total", async () => {
    route("/crm/v3/objects/contacts/search", (_method, _hit, body) => [200, (JSON.parse(body) as { after?: string }).after === "2" ? fx.searchPage2 : fx.searchPage1]);
    const filterGroups = [{ filters: [{ propertyName: "lifecyclestage", operator: "EQ", value: "lead" }] }];
    const { output } = await run("search_contacts", { filterGroups, sorts: [{ propertyName: "createdate", direction: "ASCENDING" }], properties: ["email"], limit: 2 });
    const bodies = api.requests.map((r) => JSON.parse(r.body) as unknown);
    expect(api.requests.map((r) => `${r.method} ${r.url}`)).toEqual(["POST /crm/v3/objects/contacts/search", "POST /crm/v3/objects/contacts/search"]);
    expect(bodies[0]).toEqual({ filterGroups, sorts: [{ propertyName: "createdate", direction: "ASCENDING" }], properties: ["email"], limit: 2 });
    expect(bodies[1]).toEqual({ filterGroups, sorts: [{ propertyName: "createdate", direction: "ASCENDING" }], properties: ["email"], limit: 2, after: "2" });
    expect(output).toEqual({ total: 3, contacts: [fx.ada, fx.grace, fx.alan], pages: 2, hasMore: false });
  });

  it("search_contacts checks each filter has the values its operator needs", async () => {
    await expect(run("search_contacts", { filterGroups: [{ filters: [{ propertyName: "lifecyclestage", operator: "IN" }] }] })).rejects.toThrow(/IN on lifecyclestage needs \\"values\\"/);
    await expect(run("search_contacts", { sorts: [{ propertyName: "a", direction: "ASCENDING" }, { propertyName: "b", direction: "ASCENDING" }] })).rejects.toThrow(/one property only/);
  });
});

describe("hubspot deals", () => {
  it("create_deal posts the deal properties and the deal → contact association (type 3)", async () => {
    route("/crm/v3/objects/deals", () => [201, fx.createdDeal]);
    const { output } = await run("create_deal", { dealname: "Analytical Engines – annual plan", dealstage: "appointmentscheduled", amount: 12500, closedate: "2026-03-31T12:00:00Z", contactId: "85412367501" });
    expect(`${last().method} ${last().url}`).toBe("POST /crm/v3/objects/deals");
    expect(lastBody()).toEqual({
      properties: { dealname: "Analytical Engines – annual plan", dealstage: "appointmentscheduled", pipeline: "default", amount: 12500, closedate: "2026-03-31T12:00:00Z" },
      associations: [{ to: { id: "85412367501" }, types: [{ associationCategory: "HUBSPOT_DEFINED", associationTypeId: 3 }] }],
    });
    expect(output).toMatchObject({ id: "19283746501", properties: { amount: "12500", dealstage: "appointmentscheduled" } });
  });

  it("create_deal without a contact sends no associations", async () => {
    route("/crm/v3/objects/deals", () => [201, fx.createdDeal]);
    await run("create_deal", { dealname: "Renewal", dealstage: "qualifiedtobuy", pipeline: "default" });
    expect(lastBody()).toEqual({ properties: { dealname: "Renewal", dealstage: "qualifiedtobuy", pipeline: "default" } });
  });
});
