import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConnectorActionError, describeConnector } from "@/core/connectors";
import { HARNESS_IDEMPOTENCY_KEY } from "@/test/connector-harness";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { stripeConnector } from ".";
import customers from "./fixtures/customers.json";
import payments from "./fixtures/payments.json";
import { queryOf, runStripe, stripeFailure } from "./stripe-test-kit";

let api: LocalHttpServer;
beforeEach(async () => {
  api = await startLocalHttpServer();
});
afterEach(async () => {
  await api.close();
});

describe("stripe connector definition", () => {
  it("loads with a secret-key bearer auth, Stripe's limits and a JSON Schema for every action input", () => {
    const described = describeConnector(stripeConnector);
    expect(described.auth).toEqual([{ type: "bearer", fields: [expect.objectContaining({ key: "token", label: "Secret key", secret: true, example: "sk_test_51H…" })] }]);
    expect(described.actions.map((action) => action.id)).toEqual([
      "stripe.create_customer", "stripe.get_customer", "stripe.list_customers", "stripe.create_payment_intent",
      "stripe.list_payment_intents", "stripe.create_refund", "stripe.list_charges", "stripe.create_checkout_session",
    ]);
    const paymentIntent = described.actions.find((action) => action.id === "stripe.create_payment_intent")!.inputSchema as { required: string[]; properties: Record<string, { examples?: unknown[] }> };
    expect(paymentIntent.required).toEqual(["amount", "currency"]);
    expect(paymentIntent.properties.amount!.examples).toEqual([1999]);
    expect(stripeConnector.rateLimit).toEqual({ requests: 100, perMs: 1000 });
    expect(stripeConnector.test).toEqual({ method: "GET", path: "/v1/balance" });
  });

  it("describes every input field with a description and an example (the form shows both)", () => {
    for (const action of describeConnector(stripeConnector).actions) {
      const properties = (action.inputSchema as { properties: Record<string, { description?: string; examples?: unknown[] }> }).properties;
      for (const [name, field] of Object.entries(properties)) {
        expect(field.description, `${action.id}.${name}`).toBeTruthy();
        expect(field.examples?.length, `${action.id}.${name}`).toBeGreaterThan(0);
      }
    }
  });
});

describe("stripe customers", () => {
  it("create_customer posts a bracketed form with the idempotency key and returns the customer", async () => {
    api.route("/v1/customers", (_req, res) => sendJson(res, 200, customers.created));
    const { output, calls } = await runStripe(api, "create_customer", {
      email: "jenny.rosen@example.com",
      name: "Jenny Rosen",
      description: "Signed up from the pricing page",
      metadata: { order_id: "8841", source: "junction" },
      idempotencyKey: "signup-8841",
    });
    const [request] = api.requests;
    expect(request).toMatchObject({ method: "POST", url: "/v1/customers" });
    expect(request!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request!.headers["idempotency-key"]).toBe("signup-8841");
    expect(request!.body).toBe("email=jenny.rosen%40example.com&name=Jenny%20Rosen&description=Signed%20up%20from%20the%20pricing%20page&metadata[order_id]=8841&metadata[source]=junction");
    expect(calls[0]!.requestHeaders.authorization).toBe("[redacted]");
    expect(output).toEqual(customers.created);
  });

  it("create_customer without a key sends the step's own key, the same on every retry of the step", async () => {
    api.route("/v1/customers", (_req, res) => sendJson(res, 200, customers.created));
    await runStripe(api, "create_customer", { email: "jenny.rosen@example.com" });
    expect(api.requests[0]!.headers["idempotency-key"]).toBe(HARNESS_IDEMPOTENCY_KEY);
    expect(api.requests[0]!.body).toBe("email=jenny.rosen%40example.com");
  });

  it("get_customer encodes the id, expands, and fails clearly on a deleted customer", async () => {
    api.route("/v1/customers/cus_NffrFeUfNV2Hib", (_req, res, hit) => sendJson(res, 200, hit === 1 ? customers.created : customers.deleted));
    const { output } = await runStripe(api, "get_customer", { customerId: "cus_NffrFeUfNV2Hib", expand: ["invoice_settings.default_payment_method"] });
    expect(api.requests[0]).toMatchObject({ method: "GET" });
    expect(queryOf(api.requests[0]!.url)).toEqual({ "expand[0]": "invoice_settings.default_payment_method" });
    expect(output).toMatchObject({ id: "cus_NffrFeUfNV2Hib", email: "jenny.rosen@example.com" });
    const error = await stripeFailure(api, "get_customer", { customerId: "cus_NffrFeUfNV2Hib" });
    expect(error).toBeInstanceOf(ConnectorActionError);
    expect(error.message).toBe("Stripe customer cus_NffrFeUfNV2Hib has been deleted; it can no longer be read or charged. Check the customer id in the step's input.");
  });

  it("get_customer refuses an id that is not a customer id before calling Stripe", async () => {
    expect((await stripeFailure(api, "get_customer", { customerId: "../balance" })).message).toContain("customerId is a Stripe id starting with cus_");
    expect(api.requests).toHaveLength(0);
  });

  it("list_customers filters by email and walks starting_after pages until has_more is false", async () => {
    api.route("/v1/customers", (req, res) => sendJson(res, 200, queryOf(req.url!).starting_after ? customers.page2 : customers.page1));
    const { output } = await runStripe(api, "list_customers", { email: "jenny.rosen@example.com", createdAfter: "2023-04-01T00:00:00Z", limit: 2 });
    expect(api.requests.map((request) => queryOf(request.url))).toEqual([
      { email: "jenny.rosen@example.com", "created[gte]": "1680307200", limit: "2" },
      { email: "jenny.rosen@example.com", "created[gte]": "1680307200", limit: "2", starting_after: "cus_NffqUQYvqwhSaw" },
    ]);
    expect(output).toEqual({ items: [...customers.page1.data, ...customers.page2.data], pages: 2, hasMore: false });
  });

  it("list_customers stops at maxPages and says there is more", async () => {
    api.route("/v1/customers", (_req, res) => sendJson(res, 200, customers.page1));
    const { output } = await runStripe(api, "list_customers", { maxPages: 1 });
    expect(queryOf(api.requests[0]!.url)).toEqual({ limit: "100" });
    expect(output).toMatchObject({ pages: 1, hasMore: true });
    expect((output as { items: unknown[] }).items).toHaveLength(2);
  });
});

describe("stripe listings of payments", () => {
  it("list_charges filters by customer and payment intent over two pages", async () => {
    api.route("/v1/charges", (req, res) => sendJson(res, 200, queryOf(req.url!).starting_after === "ch_3MtwBwLkdIwHu7ix0snN0B15" ? payments.chargesPage2 : payments.chargesPage1));
    const { output } = await runStripe(api, "list_charges", { customerId: "cus_NffrFeUfNV2Hib", limit: 1 });
    expect(api.requests.map((request) => queryOf(request.url))).toEqual([
      { customer: "cus_NffrFeUfNV2Hib", limit: "1" },
      { customer: "cus_NffrFeUfNV2Hib", limit: "1", starting_after: "ch_3MtwBwLkdIwHu7ix0snN0B15" },
    ]);
    expect(output).toMatchObject({ pages: 2, hasMore: false, items: [{ id: "ch_3MtwBwLkdIwHu7ix0snN0B15", amount_refunded: 500 }, { id: "ch_3MtvXpLkdIwHu7ix1Ttpuq8C", amount: 4200 }] });
  });

  it("list_payment_intents sends the customer filter", async () => {
    api.route("/v1/payment_intents", (_req, res) => sendJson(res, 200, { object: "list", url: "/v1/payment_intents", has_more: false, data: [payments.paymentIntent] }));
    const { output } = await runStripe(api, "list_payment_intents", { customerId: "cus_NffrFeUfNV2Hib" });
    expect(queryOf(api.requests[0]!.url)).toEqual({ customer: "cus_NffrFeUfNV2Hib", limit: "100" });
    expect(output).toEqual({ items: [payments.paymentIntent], pages: 1, hasMore: false });
  });
});
