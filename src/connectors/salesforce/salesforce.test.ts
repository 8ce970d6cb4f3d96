import { describe, expect, it } from "vitest";
import { describeConnector } from "@/core/connectors";
import { harnessSession, pollTriggerAgainst } from "@/test/connector-harness";
import { sendJson } from "@/test/local-http-server";
import type { HttpCallLog } from "@/server/http/http-request";
import { salesforceConnector } from ".";
import * as fx from "./fixtures";
import { toSoqlDateTime } from "./soql-datetime";
import { CANARY, failure, salesforceInstanceForEachTest, V } from "./test-kit";
import { newLeadSoql } from "./triggers";

const kit = salesforceInstanceForEachTest();

describe("salesforce.query", () => {
  const soql = "SELECT Id, Name, Industry FROM Account ORDER BY Name";

  it("runs the SOQL and follows nextRecordsUrl to the last page", async () => {
    kit.api.route(`${V}/query`, (_req, res) => sendJson(res, 200, fx.queryPage1));
    kit.api.route(`${V}/query/01gRO0000016PIAYA2-2000`, (_req, res) => sendJson(res, 200, fx.queryPage2));
    const { output, calls } = await kit.run("query", { soql, batchSize: 500 });

    expect(kit.api.requests.map((r) => [r.method, new URL(r.url, kit.api.base).pathname])).toEqual([
      ["GET", `${V}/query`],
      ["GET", `${V}/query/01gRO0000016PIAYA2-2000`],
    ]);
    expect(new URL(kit.api.requests[0]!.url, kit.api.base).searchParams.get("q")).toBe(soql);
    expect(kit.api.requests[1]!.url).toBe(`${V}/query/01gRO0000016PIAYA2-2000`);
    expect(kit.api.requests[0]!.headers["sforce-query-options"]).toBe("batchSize=500");
    expect(output).toEqual({ records: [...fx.queryPage1.records, ...fx.queryPage2.records], totalSize: 3, done: true, pages: 2 });
    kit.expectNoCanary(calls, output);
  });

  it("stops at maxPages and says the result is not done; includeDeleted uses queryAll", async () => {
    kit.api.route(`${V}/queryAll`, (_req, res) => sendJson(res, 200, fx.queryPage1));
    const { output } = await kit.run("query", { soql, includeDeleted: true, maxPages: 1 });
    expect(kit.api.requests).toHaveLength(1);
    expect(output).toMatchObject({ totalSize: 3, done: false, pages: 1 });
    expect((output as { records: unknown[] }).records).toHaveLength(2);
  });

  it("keeps Salesforce's error message of a 400 (the error array) in the step's error", async () => {
    kit.api.route(`${V}/query`, (_req, res) => sendJson(res, 400, fx.invalidFieldError));
    const error = await failure(kit.run("query", { soql: "SELECT Id, Nme FROM Account" }));
    // The outbound client reads Salesforce's error array: each message with its errorCode, whitespace collapsed.
    expect(error.message).toBe(
      "Salesforce answered 400: the request was rejected (SELECT Id, Nme FROM Account ^ ERROR at Row:1:Column:12 No such column 'Nme' on entity 'Account'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names. (INVALID_FIELD)). Check the step's input.",
    );
  });

  it("reports an expired session (401 INVALID_SESSION_ID) without the token", async () => {
    kit.api.route(`${V}/query`, (_req, res) => sendJson(res, 401, fx.sessionExpiredError));
    const error = await failure(kit.run("query", { soql }));
    expect(error.message).toBe(
      "Salesforce answered 401: the token was rejected (Session expired or invalid (INVALID_SESSION_ID)); reconnect the connection or update its credentials.",
    );
    expect(error.message).not.toContain("canary");
  });

  it("refuses SOSL and empty queries before any request", async () => {
    await expect(kit.run("query", { soql: "FIND {Acme} IN ALL FIELDS" })).rejects.toThrow(/starts with SELECT/);
    await expect(kit.run("query", { soql: "  " })).rejects.toThrow(/write the SOQL query/);
    expect(kit.api.requests).toHaveLength(0);
  });
});

describe("salesforce.new_lead trigger", () => {
  it("polls leads since yesterday first, then after the newest (CreatedDate, Id) seen", async () => {
    kit.api.route(`${V}/query`, (_req, res, hit) => sendJson(res, 200, hit === 1 ? fx.newLeadsPage : fx.noLeadsPage));
    const first = await pollTriggerAgainst(salesforceConnector, "new_lead", kit.connection, undefined);
    expect(new URL(kit.api.requests[0]!.url, kit.api.base).searchParams.get("q")).toBe(
      "SELECT Id, Name, Email, Company, CreatedDate FROM Lead WHERE CreatedDate = LAST_N_DAYS:1 ORDER BY CreatedDate ASC, Id ASC LIMIT 200",
    );
    expect(first.items).toEqual(fx.newLeadsPage.records);
    expect(first.keys).toEqual(["00QRO000001aB1cYAE", "00QRO000001aB1dYAE"]);
    expect(first.cursor).toBe("2024-05-14T11:02:07Z/00QRO000001aB1dYAE");

    const second = await pollTriggerAgainst(salesforceConnector, "new_lead", kit.connection, first.cursor);
    expect(new URL(kit.api.requests[1]!.url, kit.api.base).searchParams.get("q")).toBe(
      "SELECT Id, Name, Email, Company, CreatedDate FROM Lead WHERE (CreatedDate > 2024-05-14T11:02:07Z OR (CreatedDate = 2024-05-14T11:02:07Z AND Id > '00QRO000001aB1dYAE')) ORDER BY CreatedDate ASC, Id ASC LIMIT 200",
    );
    expect(second.items).toEqual([]);
    expect(second.cursor).toBe(first.cursor);
    kit.expectNoCanary([...first.calls, ...second.calls]);
  });

  it("reads a bare datetime cursor, refuses one that could inject SOQL, converts offsets to UTC", () => {
    expect(newLeadSoql("2024-05-14T09:21:33Z")).toContain("WHERE CreatedDate >= 2024-05-14T09:21:33Z ORDER BY");
    expect(() => newLeadSoql("2024-05-14T09:21:33Z OR Name != null")).toThrow(/turn the trigger off and on again/);
    expect(() => newLeadSoql("2024-05-14T09:21:33Z/00Q' OR Id != '")).toThrow(/turn the trigger off and on again/);
    expect(toSoqlDateTime("2024-05-14T09:21:33.000+0200")).toBe("2024-05-14T07:21:33Z");
    expect(toSoqlDateTime("2024-05-14T09:21:33Z")).toBe("2024-05-14T09:21:33Z");
    expect(toSoqlDateTime("yesterday")).toBeUndefined();
  });
});

describe("salesforce connector", () => {
  it("works over an OAuth2 connection whose instance URL came from the token response", async () => {
    kit.api.route(`${V}/limits`, (_req, res) => sendJson(res, 200, fx.limits));
    const calls: HttpCallLog[] = [];
    const oauth = { baseUrl: kit.api.base, authType: "oauth2", credentials: { accessToken: CANARY, baseUrl: kit.api.base } };
    const response = await harnessSession(salesforceConnector, oauth, calls).request(salesforceConnector.test!);
    expect(kit.api.requests[0]!.url).toBe(`${V}/limits`);
    expect(response.body).toEqual(fx.limits);
    kit.expectNoCanary(calls);
  });

  it("loads, and describes every action's input as JSON Schema", () => {
    const described = describeConnector(salesforceConnector);
    expect(described.actions.map((a) => a.id)).toEqual([
      "salesforce.query",
      "salesforce.get_record",
      "salesforce.create_record",
      "salesforce.update_record",
      "salesforce.upsert_by_external_id",
      "salesforce.delete_record",
      "salesforce.describe_object",
    ]);
    for (const action of described.actions) expect(action.inputSchema).toMatchObject({ type: "object", properties: expect.any(Object) });
    expect(described.actions[0]!.inputSchema).toMatchObject({ required: ["soql"], properties: { soql: { type: "string", examples: [expect.stringContaining("SELECT")] } } });
    expect(described.baseUrl).toBeUndefined();
    expect(described.auth).toEqual([
      { type: "oauth2", fields: [], scopes: ["api", "refresh_token"], oauthGrant: "authorization_code" },
      {
        type: "bearer",
        fields: [
          expect.objectContaining({ key: "token", secret: true, label: "Access token (session id)" }),
          { key: "baseUrl", secret: false, label: "Instance URL", description: expect.stringContaining("My Domain"), example: "https://yourcompany.my.salesforce.com" },
        ],
      },
    ]);
    expect(salesforceConnector.oauth).toMatchObject({ tokenUrl: "https://login.salesforce.com/services/oauth2/token", pkce: true, clientAuth: "client_secret_post" });
    expect(described.triggers).toEqual([{ id: "salesforce.new_lead", name: "New lead", description: expect.any(String), kind: "polling" }]);
  });
});
