import { describe, expect, it } from "vitest";
import type { WebhookTrigger } from "@/core/connectors";
import { stripeConnector } from ".";
import events from "./fixtures/events.json";

const webhook = (id: string) => stripeConnector.triggers.find((trigger): trigger is WebhookTrigger => trigger.id === id && trigger.kind === "webhook")!;

/** A delivery as Stripe sends it: the event JSON and its Stripe-Signature header (verified by the "stripe" scheme). */
const delivery = (body: unknown) => ({
  headers: {
    "content-type": "application/json; charset=utf-8",
    "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
    "stripe-signature": "t=1680800507,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd",
  },
  body,
});

describe("stripe webhook triggers", () => {
  it("are verified with the stripe scheme and listen for Stripe's real event names", () => {
    expect(stripeConnector.triggers.map((trigger) => [trigger.id, trigger.kind === "webhook" ? trigger.signatureScheme : undefined, trigger.kind === "webhook" ? trigger.events : undefined])).toEqual([
      ["payment_intent_succeeded", "stripe", ["payment_intent.succeeded"]],
      ["charge_refunded", "stripe", ["charge.refunded"]],
      ["customer_created", "stripe", ["customer.created"]],
      ["checkout_session_completed", "stripe", ["checkout.session.completed"]],
      ["invoice_paid", "stripe", ["invoice.paid"]],
      ["event", "stripe", []],
    ]);
  });

  it("read the event name from the body's type", () => {
    const trigger = webhook("payment_intent_succeeded");
    expect(trigger.eventOf(delivery(events.paymentIntentSucceeded))).toBe("payment_intent.succeeded");
    expect(trigger.eventOf(delivery(events.checkoutSessionCompleted))).toBe("checkout.session.completed");
    expect(trigger.eventOf(delivery("not json"))).toBeUndefined();
    expect(trigger.eventOf(delivery({ object: "event" }))).toBeUndefined();
  });

  it("hand the workflow the whole event, with the object it is about", () => {
    const paid = webhook("payment_intent_succeeded").output.parse(events.paymentIntentSucceeded);
    expect(paid).toEqual(events.paymentIntentSucceeded);
    const refunded = webhook("charge_refunded").output.parse(events.chargeRefunded) as typeof events.chargeRefunded;
    expect(refunded.data.previous_attributes).toEqual({ amount_refunded: 500, refunded: false });
    const completed = webhook("checkout_session_completed").output.parse(events.checkoutSessionCompleted) as typeof events.checkoutSessionCompleted;
    expect(completed.data.object).toMatchObject({ client_reference_id: "order-8841", payment_status: "paid" });
    expect(completed.request).toEqual({ id: null, idempotency_key: null });
    // An event about another kind of object does not fit a trigger for a payment intent.
    expect(() => webhook("payment_intent_succeeded").output.parse(events.chargeRefunded)).toThrow();
    expect(webhook("event").output.parse(events.chargeRefunded)).toEqual(events.chargeRefunded);
  });
});
