import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeConnector } from "@/core/connectors";
import { pollTriggerAgainst } from "@/test/connector-harness";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { hubspotConnector } from ".";
import * as fx from "./fixtures";

const TOKEN = "pat-na1-canary-7d1c2b9e-never-leak";
let api: LocalHttpServer;
const searchBodies: Record<string, unknown>[] = [];

const GRACE_MS = String(Date.parse("2025-11-03T11:40:02.918Z"));
const ALAN_MS = String(Date.parse("2025-11-04T08:05:55.001Z"));

beforeAll(async () => {
  api = await startLocalHttpServer();
  api.route("/crm/v3/objects/contacts/search", (req, res, _hit, body) => {
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return sendJson(res, 401, fx.unauthorized);
    const parsed = JSON.parse(body) as { filterGroups: { filters: { value: string }[] }[] };
    searchBodies.push(parsed);
    const since = parsed.filterGroups[0]?.filters[0]?.value;
    // First poll: newest first, as asked; later polls: what changed after the cursor, oldest first.
    if (since === undefined) return sendJson(res, 200, { total: 2, results: [fx.grace, fx.ada], paging: { next: { after: "2" } } });
    sendJson(res, 200, since === GRACE_MS ? { total: 1, results: [fx.alan] } : { total: 0, results: [] });
  });
});
afterAll(() => api.close());

describe("hubspot.contact_created_or_updated (polling)", () => {
  const connection = () => ({ baseUrl: api.base, authType: "bearer", credentials: { token: TOKEN } });

  it("polls the search endpoint by lastmodifieddate, oldest first, and carries the cursor to the next poll", async () => {
    const first = await pollTriggerAgainst(hubspotConnector, "contact_created_or_updated", connection(), undefined);
    expect(searchBodies[0]).toMatchObject({ filterGroups: [], sorts: [{ propertyName: "lastmodifieddate", direction: "DESCENDING" }], limit: 200 });
    expect(searchBodies[0]!.properties).toContain("lastmodifieddate");
    expect(first.items.map((c) => (c as { id: string }).id)).toEqual(["85412367501", "85412367502"]);
    expect(first.keys).toEqual(["85412367501:2025-11-03T09:14:31.204Z", "85412367502:2025-11-03T11:40:02.918Z"]);
    expect(first.cursor).toBe(GRACE_MS);
    expect(JSON.stringify(first.calls)).not.toContain(TOKEN);

    const second = await pollTriggerAgainst(hubspotConnector, "contact_created_or_updated", connection(), first.cursor);
    expect(searchBodies[1]).toMatchObject({
      filterGroups: [{ filters: [{ propertyName: "lastmodifieddate", operator: "GT", value: GRACE_MS }] }],
      sorts: [{ propertyName: "lastmodifieddate", direction: "ASCENDING" }],
    });
    expect(second.keys).toEqual(["85412367503:2025-11-04T08:05:55.001Z"]);
    expect(second.cursor).toBe(ALAN_MS);

    const quiet = await pollTriggerAgainst(hubspotConnector, "contact_created_or_updated", connection(), second.cursor);
    expect(quiet.items).toEqual([]);
    expect(quiet.cursor).toBe(ALAN_MS);
  });

  it("a rejected token fails the poll with the 401 message", async () => {
    await expect(pollTriggerAgainst(hubspotConnector, "contact_created_or_updated", { ...connection(), credentials: { token: "pat-na1-old" } }, undefined)).rejects.toThrow(/^HubSpot answered 401: the token was rejected/);
  });
});

describe("hubspot connector definition", () => {
  it("declares HubSpot's OAuth app, the private app token, limits, pagination and a cheap test call", () => {
    expect(hubspotConnector).toMatchObject({ id: "hubspot", icon: "users", baseUrl: "https://api.hubapi.com", rateLimit: { requests: 100, perMs: 10_000 } });
    expect(hubspotConnector.oauth).toMatchObject({
      app: "hubspot",
      authorizeUrl: "https://app.hubspot.com/oauth/authorize",
      tokenUrl: "https://api.hubapi.com/oauth/v1/token",
      scopes: ["crm.objects.contacts.read", "crm.objects.contacts.write", "crm.objects.deals.read", "crm.objects.deals.write"],
      clientAuth: "client_secret_post",
      pkce: false,
    });
    expect(hubspotConnector.pagination).toMatchObject({ cursorPath: "paging.next.after", cursorParam: "after", cursorIn: "query" });
    expect(hubspotConnector.test).toEqual({ method: "GET", path: "/crm/v3/objects/contacts", query: { limit: 1 } });
  });

  it("describes every action's input as JSON Schema with descriptions, and the token field", () => {
    const described = describeConnector(hubspotConnector);
    expect(described.actions.map((a) => a.id)).toEqual([
      "hubspot.create_contact",
      "hubspot.update_contact",
      "hubspot.get_contact",
      "hubspot.search_contacts",
      "hubspot.list_contacts",
      "hubspot.create_deal",
    ]);
    for (const action of described.actions) {
      const properties = action.inputSchema.properties as Record<string, { description?: string }>;
      for (const [name, field] of Object.entries(properties)) expect(field.description, `${action.id}.${name}`).toBeTruthy();
    }
    expect(described.triggers).toEqual([expect.objectContaining({ id: "hubspot.contact_created_or_updated", kind: "polling" })]);
    const bearer = described.auth.find((a) => a.type === "bearer")!;
    expect(bearer.fields[0]).toMatchObject({ key: "token", label: "Private app access token", secret: true });
    expect(bearer.fields[0]!.description).toContain("Private Apps");
  });
});
