import { describe, expect, it } from "vitest";
import { ConnectorActionError } from "@/core/connectors";
import { sendJson, type LocalHttpServer } from "@/test/local-http-server";
import * as fx from "./fixtures";
import { failure, inputProblems, salesforceInstanceForEachTest, V } from "./test-kit";

const kit = salesforceInstanceForEachTest();

describe("salesforce record actions", () => {
  it("get_record asks for the named fields and keeps the whole record", async () => {
    kit.api.route(`${V}/sobjects/Account/001RO000003Bk7hYAC`, (_req, res) => sendJson(res, 200, fx.accountRecord));
    const { output, calls } = await kit.run("get_record", { sobject: "Account", id: "001RO000003Bk7hYAC", fields: ["Name", "Industry", "AnnualRevenue", "BillingAddress"] });
    expect(kit.api.requests[0]!.method).toBe("GET");
    expect(kit.api.requests[0]!.url).toBe(`${V}/sobjects/Account/001RO000003Bk7hYAC?fields=Name%2CIndustry%2CAnnualRevenue%2CBillingAddress`);
    expect(output).toEqual(fx.accountRecord);
    kit.expectNoCanary(calls, output);
  });

  it("get_record of a missing record gives the outbound client's 404 message", async () => {
    kit.api.route(`${V}/sobjects/Account/001RO000003Bk7zYAC`, (_req, res) => sendJson(res, 404, fx.notFoundError));
    await expect(kit.run("get_record", { sobject: "Account", id: "001RO000003Bk7zYAC" })).rejects.toThrow(
      "Salesforce answered 404: not found (The requested resource does not exist (NOT_FOUND)). Check the URL and the ids in the step's input.",
    );
    expect(kit.api.requests[0]!.url).toBe(`${V}/sobjects/Account/001RO000003Bk7zYAC`);
  });

  it("create_record posts the fields and returns the save result", async () => {
    kit.api.route(`${V}/sobjects/Account`, (_req, res) => sendJson(res, 201, fx.createdResult));
    const fields = { Name: "Acme Corporation", Industry: "Manufacturing", AnnualRevenue: 25000000, ERP_Id__c: "ERP-100234" };
    const { output, calls } = await kit.run("create_record", { sobject: "Account", fields });
    expect(kit.api.requests[0]!.method).toBe("POST");
    expect(kit.api.requests[0]!.url).toBe(`${V}/sobjects/Account`);
    expect(kit.api.requests[0]!.headers["content-type"]).toBe("application/json");
    expect(kit.bodyOf(0)).toEqual(fields);
    expect(output).toEqual({ id: "001RO000003Bk8AYAS", success: true, errors: [] });
    kit.expectNoCanary(calls, output);
  });

  it("create_record: a 400 keeps the field error; success: false fails with the reasons", async () => {
    kit.api.route(`${V}/sobjects/Account`, (_req, res, hit) =>
      hit === 1
        ? sendJson(res, 400, fx.requiredFieldError)
        : sendJson(res, 201, { id: "001RO000003Bk8AYAS", success: false, errors: [{ statusCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION", message: "Revenue must be positive", fields: ["AnnualRevenue"] }] }),
    );
    await expect(kit.run("create_record", { sobject: "Account", fields: { Industry: "Apparel" } })).rejects.toThrow(
      "Salesforce answered 400: the request was rejected (Required fields are missing: [Name] (REQUIRED_FIELD_MISSING)). Check the step's input.",
    );
    const error = await failure(kit.run("create_record", { sobject: "Account", fields: { Name: "Acme", AnnualRevenue: -1 } }));
    expect(error).toBeInstanceOf(ConnectorActionError);
    expect(error.message).toBe(
      "Salesforce did not create the record: FIELD_CUSTOM_VALIDATION_EXCEPTION: Revenue must be positive (fields: AnnualRevenue). Check the field values against the object's fields and validation rules.",
    );
  });

  it("update_record patches the fields and answers { id, updated } on 204", async () => {
    kit.api.route(`${V}/sobjects/Invoice__c/a015g00000ZxYwVAAV`, (_req, res) => res.writeHead(204).end());
    const { output, calls } = await kit.run("update_record", { sobject: "Invoice__c", id: "a015g00000ZxYwVAAV", fields: { Status__c: "Paid", Amount__c: 1250.5 } });
    expect(kit.api.requests[0]!.method).toBe("PATCH");
    expect(kit.bodyOf(0)).toEqual({ Status__c: "Paid", Amount__c: 1250.5 });
    expect(output).toEqual({ id: "a015g00000ZxYwVAAV", updated: true });
    kit.expectNoCanary(calls, output);
  });

  it("delete_record deletes by id (204)", async () => {
    kit.api.route(`${V}/sobjects/Contact/003RO000004Zx1AYAS`, (_req, res) => res.writeHead(204).end());
    const { output } = await kit.run("delete_record", { sobject: "Contact", id: "003RO000004Zx1AYAS" });
    expect(kit.api.requests.map((r) => [r.method, r.url])).toEqual([["DELETE", `${V}/sobjects/Contact/003RO000004Zx1AYAS`]]);
    expect(output).toEqual({ id: "003RO000004Zx1AYAS", deleted: true });
  });

  it("describe_object returns the fields", async () => {
    kit.api.route(`${V}/sobjects/Account/describe`, (_req, res) => sendJson(res, 200, fx.describeAccount));
    const { output } = await kit.run("describe_object", { sobject: "Account" });
    expect((output as typeof fx.describeAccount).fields.map((f) => f.name)).toEqual(["Id", "Name", "ERP_Id__c"]);
    expect(output).toMatchObject({ name: "Account", urls: fx.describeAccount.urls });
  });

  it("refuses names that are not API names and bad ids, before any request", async () => {
    expect(await inputProblems(kit.run("create_record", { sobject: "Account Name", fields: { Name: "x" } }))).toBe(
      '"Account Name" is not a Salesforce object API name: use letters, digits and underscores, starting with a letter (custom ones end in __c, e.g. Invoice__c). Find it in Setup → Object Manager.',
    );
    expect(await inputProblems(kit.run("create_record", { sobject: "Account", fields: { "Annual Revenue": 1, Name: "x" } }))).toBe(
      '"Annual Revenue" is not a field API name: use the API name (e.g. AnnualRevenue, Region__c), not the label.',
    );
    expect(await inputProblems(kit.run("create_record", { sobject: "Account", fields: {} }))).toBe("give at least one field value");
    expect(await inputProblems(kit.run("get_record", { sobject: "Account", id: "001/../limits" }))).toMatch(/15 or 18 letters and digits/);
    expect(await inputProblems(kit.run("get_record", { sobject: "Account", id: "001RO000003Bk7hYAC", fields: ["Owner.Name"] }))).toMatch(/^"Owner.Name" is not a Salesforce field API name/);
    expect(await inputProblems(kit.run("update_record", { sobject: "Bad___c", id: "001RO000003Bk7hYAC", fields: { Name: "x" } }))).toMatch(/^"Bad___c" is not a Salesforce object API name/);
    expect(await inputProblems(kit.run("upsert_by_external_id", { sobject: "Account", externalIdField: "ERP Id", externalId: "1", fields: { Name: "x" } }))).toMatch(/^"ERP Id" is not a Salesforce field API name/);
    expect(kit.api.requests).toHaveLength(0);
  });
});

describe("salesforce.upsert_by_external_id", () => {
  const path = `${V}/sobjects/Account/ERP_Id__c/ERP%2F100%20234`;
  const input = { sobject: "Account", externalIdField: "ERP_Id__c", externalId: "ERP/100 234", fields: { Name: "Acme Corporation" } };

  it("encodes the value into the path and tells created (201) from updated (200, 204)", async () => {
    const answers = [
      (res: Parameters<Parameters<LocalHttpServer["route"]>[1]>[1]) => sendJson(res, 201, fx.upsertCreated),
      (res: Parameters<Parameters<LocalHttpServer["route"]>[1]>[1]) => sendJson(res, 200, fx.upsertUpdated),
      (res: Parameters<Parameters<LocalHttpServer["route"]>[1]>[1]) => res.writeHead(204).end(),
    ];
    kit.api.route(path, (_req, res, hit) => answers[hit - 1]!(res));
    expect((await kit.run("upsert_by_external_id", input)).output).toEqual({ id: "001RO000003Bk8BYAS", created: true, success: true });
    expect((await kit.run("upsert_by_external_id", input)).output).toEqual({ id: "001RO000003Bk7hYAC", created: false, success: true });
    expect((await kit.run("upsert_by_external_id", input)).output).toEqual({ id: null, created: false, success: true });
    expect(kit.api.requests.map((r) => [r.method, r.url])).toEqual(Array(3).fill(["PATCH", path]));
    expect(kit.bodyOf(0)).toEqual({ Name: "Acme Corporation" });
  });

  it("fails clearly when the value matches several records (300)", async () => {
    kit.api.route(path, (_req, res) => sendJson(res, 300, fx.upsertMultipleChoices));
    const error = await failure(kit.run("upsert_by_external_id", input));
    expect(error).toBeInstanceOf(ConnectorActionError);
    expect(error.message).toBe('ERP_Id__c = "ERP/100 234" matches 2 Account records, so Salesforce cannot tell which to update. Make the field unique, or update the record by its id.');
  });
});


