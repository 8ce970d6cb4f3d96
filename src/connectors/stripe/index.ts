import { defineConnector } from "@/core/connectors";
import { createCheckoutSession } from "./actions/checkout";
import { createCustomer, getCustomer, listCustomers } from "./actions/customers";
import { createPaymentIntent, listPaymentIntents } from "./actions/payment-intents";
import { createRefund, listCharges } from "./actions/refunds-charges";
import { stripeTriggers } from "./triggers";

/** Stripe's REST API with a secret (or restricted) key: customers, payments, refunds, Checkout, and webhook events. */
export const stripeConnector = defineConnector({
  id: "stripe",
  name: "Stripe",
  icon: "credit-card",
  categories: ["payments", "finance"],
  description: "Create customers, payments, refunds and Checkout sessions, list charges, and start workflows on Stripe events.",
  auth: {
    type: "bearer",
    token: {
      label: "Secret key",
      description:
        "Stripe Dashboard → Developers → API keys → Secret key (sk_live_… or, for test mode, sk_test_…). A restricted key (rk_…) works too when it may do what the workflow's actions do.",
      example: "sk_test_51H…",
    },
  },
  baseUrl: "https://api.stripe.com",
  // Stripe's documented live-mode limit: 100 read and 100 write operations per second (test mode allows 25).
  rateLimit: { requests: 100, perMs: 1_000 },
  // Lists page with `starting_after` = the last object's id while `has_more` is true.
  pagination: { type: "cursor", cursorPath: "data[-1].id", cursorParam: "starting_after", hasMorePath: "has_more", itemsPath: "data" },
  test: { method: "GET", path: "/v1/balance" },
  actions: [createCustomer, getCustomer, listCustomers, createPaymentIntent, listPaymentIntents, createRefund, listCharges, createCheckoutSession],
  triggers: stripeTriggers,
});
