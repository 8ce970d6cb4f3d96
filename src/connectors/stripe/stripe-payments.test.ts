import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import errors from "./fixtures/errors.json";
import payments from "./fixtures/payments.json";
import { CANARY_KEY, formOf, runStripe, stripeFailure } from "./stripe-test-kit";

let api: LocalHttpServer;
beforeEach(async () => {
  api = await startLocalHttpServer();
});
afterEach(async () => {
  await api.close();
});

describe("stripe.create_payment_intent", () => {
  it("posts amount, currency, customer, metadata and automatic_payment_methods[enabled]", async () => {
    api.route("/v1/payment_intents", (_req, res) => sendJson(res, 200, payments.paymentIntent));
    const { output } = await runStripe(api, "create_payment_intent", {
      amount: 1999,
      currency: "USD",
      customerId: "cus_NffrFeUfNV2Hib",
      description: "Order #8841",
      metadata: { order_id: "8841" },
      idempotencyKey: "order-8841-payment",
    });
    const [request] = api.requests;
    expect(request).toMatchObject({ method: "POST", url: "/v1/payment_intents" });
    expect(request!.headers["idempotency-key"]).toBe("order-8841-payment");
    expect(request!.body).toBe("amount=1999&currency=usd&customer=cus_NffrFeUfNV2Hib&description=Order%20%238841&metadata[order_id]=8841&automatic_payment_methods[enabled]=true");
    expect(output).toMatchObject({ id: "pi_3MtwBwLkdIwHu7ix28a3tqPa", status: "requires_payment_method", client_secret: payments.paymentIntent.client_secret });
  });

  it("confirming off-session with a saved method allows no redirects (there is no return URL)", async () => {
    api.route("/v1/payment_intents", (_req, res) => sendJson(res, 200, { ...payments.paymentIntent, status: "succeeded", amount_received: 1999 }));
    await runStripe(api, "create_payment_intent", { amount: 1999, currency: "usd", customerId: "cus_NffrFeUfNV2Hib", paymentMethodId: "pm_1MtwBvLkdIwHu7ixN3uGQwKs", confirm: true, offSession: true });
    expect(formOf(api.requests[0]!.body)).toEqual([
      ["amount", "1999"],
      ["currency", "usd"],
      ["customer", "cus_NffrFeUfNV2Hib"],
      ["automatic_payment_methods[enabled]", "true"],
      ["automatic_payment_methods[allow_redirects]", "never"],
      ["payment_method", "pm_1MtwBvLkdIwHu7ixN3uGQwKs"],
      ["confirm", "true"],
      ["off_session", "true"],
    ]);
  });

  it("a declined card (402 card_error) fails with the outbound client's message, Stripe's sentence and code in it", async () => {
    api.route("/v1/payment_intents", (_req, res) => sendJson(res, 402, errors.cardDeclined, { "request-id": "req_5EhH2dIBJfxqEB" }));
    const error = await stripeFailure(api, "create_payment_intent", { amount: 1999, currency: "usd", customerId: "cus_NffrFeUfNV2Hib", paymentMethodId: "pm_card_chargeDeclinedInsufficientFunds", confirm: true });
    expect(error.name).toBe("ClientError");
    // The outbound client quotes Stripe's own sentence whole, with its error code.
    expect(error.message).toBe("Stripe answered 402: the request was rejected (Your card has insufficient funds. (card_declined)). Check the step's input.");
  });
});

describe("stripe.create_refund", () => {
  it("refunds part of a payment intent with a reason", async () => {
    api.route("/v1/refunds", (_req, res) => sendJson(res, 200, payments.refund));
    const { output } = await runStripe(api, "create_refund", { paymentIntentId: "pi_3MtwBwLkdIwHu7ix28a3tqPa", amount: 500, reason: "requested_by_customer", idempotencyKey: "refund-8841-1" });
    expect(api.requests[0]).toMatchObject({ method: "POST", url: "/v1/refunds", body: "payment_intent=pi_3MtwBwLkdIwHu7ix28a3tqPa&amount=500&reason=requested_by_customer" });
    expect(api.requests[0]!.headers["idempotency-key"]).toBe("refund-8841-1");
    expect(output).toMatchObject({ id: "re_3MtwBwLkdIwHu7ix0S0Ad6rv", status: "succeeded", amount: 500 });
  });

  it("needs exactly one of paymentIntentId and chargeId", async () => {
    expect((await stripeFailure(api, "create_refund", {})).message).toContain("give either paymentIntentId or chargeId (exactly one)");
    expect((await stripeFailure(api, "create_refund", { paymentIntentId: "pi_3MtwBwLkdIwHu7ix28a3tqPa", chargeId: "ch_3MtwBwLkdIwHu7ix0snN0B15" })).message).toContain("exactly one");
    expect(api.requests).toHaveLength(0);
  });

  it("an already refunded charge (400 invalid_request_error) fails with the outbound client's message", async () => {
    api.route("/v1/refunds", (_req, res) => sendJson(res, 400, errors.alreadyRefunded));
    const error = await stripeFailure(api, "create_refund", { chargeId: "ch_3MtwBwLkdIwHu7ix0snN0B15" });
    expect(error.message).toBe("Stripe answered 400: the request was rejected (Charge ch_3MtwBwLkdIwHu7ix0snN0B15 has already been refunded. (charge_already_refunded)). Check the step's input.");
  });
});

describe("stripe.create_checkout_session", () => {
  it("posts the mode, indexed line items and URLs (keeping {CHECKOUT_SESSION_ID})", async () => {
    api.route("/v1/checkout/sessions", (_req, res) => sendJson(res, 200, payments.checkoutSession));
    const { output } = await runStripe(api, "create_checkout_session", {
      lineItems: [{ price: "price_1MotwRLkdIwHu7ixYcPLm5uZ", quantity: 2 }, { price: "price_1MotxJLkdIwHu7ixwXOtb2Fz" }],
      successUrl: "https://shop.example.com/checkout/success?session_id={CHECKOUT_SESSION_ID}",
      cancelUrl: "https://shop.example.com/cart",
      customerEmail: "jenny.rosen@example.com",
      clientReferenceId: "order-8841",
      allowPromotionCodes: true,
      metadata: { cart_id: "c_1192" },
    });
    expect(api.requests[0]).toMatchObject({ method: "POST", url: "/v1/checkout/sessions" });
    expect(formOf(api.requests[0]!.body)).toEqual([
      ["mode", "payment"],
      ["line_items[0][price]", "price_1MotwRLkdIwHu7ixYcPLm5uZ"],
      ["line_items[0][quantity]", "2"],
      ["line_items[1][price]", "price_1MotxJLkdIwHu7ixwXOtb2Fz"],
      ["line_items[1][quantity]", "1"],
      ["success_url", "https://shop.example.com/checkout/success?session_id={CHECKOUT_SESSION_ID}"],
      ["cancel_url", "https://shop.example.com/cart"],
      ["customer_email", "jenny.rosen@example.com"],
      ["client_reference_id", "order-8841"],
      ["allow_promotion_codes", "true"],
      ["metadata[cart_id]", "c_1192"],
    ]);
    expect(output).toMatchObject({ id: payments.checkoutSession.id, url: payments.checkoutSession.url, payment_status: "unpaid" });
  });
});

describe("stripe HTTP errors and the secret key", () => {
  it("an unknown customer (404 resource_missing) gives the outbound client's not-found message", async () => {
    api.route("/v1/customers/cus_DoesNotExist1", (_req, res) => sendJson(res, 404, errors.noSuchCustomer));
    const error = await stripeFailure(api, "get_customer", { customerId: "cus_DoesNotExist1" });
    expect(error.message).toMatch(/^Stripe answered 404: not found \(No such customer: 'cus_DoesNotExist1' \(resource_missing, id\)\)\. Check the URL and the ids in the step's input\.$/);
  });

  it("a rejected key (401) says so, and never repeats the key even when the API echoes it whole", async () => {
    api.route("/v1/customers", (req, res) => {
      const key = String(req.headers.authorization).replace("Bearer ", "");
      sendJson(res, 401, { error: { message: `Invalid API Key provided: ${key}`, type: "invalid_request_error" } });
    });
    const error = await stripeFailure(api, "list_customers", {});
    expect(error.name).toBe("AuthError");
    expect(error.message).toMatch(/^Stripe answered 401: the token was rejected \(Invalid API Key provided: \[redacted\] \(invalid_request_error\)\); reconnect the connection or update its credentials\.$/);
    expect(error.message).not.toContain(CANARY_KEY.slice(8));
  });
});
