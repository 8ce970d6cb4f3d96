import { describe, expect, it } from "vitest";
import { encodeStripeForm } from "./stripe-form";

describe("encodeStripeForm", () => {
  it("nests objects and arrays in brackets the way Stripe reads them", () => {
    expect(
      encodeStripeForm({
        mode: "payment",
        line_items: [
          { price: "price_123", quantity: 2 },
          { price: "price_456", quantity: 1, tax_rates: ["txr_1", "txr_2"] },
        ],
        metadata: { order_id: 42, "cart id": "c 1" },
        expand: ["customer", "payment_intent.latest_charge"],
        automatic_payment_methods: { enabled: true },
      }),
    ).toBe(
      "mode=payment" +
        "&line_items[0][price]=price_123&line_items[0][quantity]=2" +
        "&line_items[1][price]=price_456&line_items[1][quantity]=1&line_items[1][tax_rates][]=txr_1&line_items[1][tax_rates][]=txr_2" +
        "&metadata[order_id]=42&metadata[cart%20id]=c%201" +
        "&expand[]=customer&expand[]=payment_intent.latest_charge" +
        "&automatic_payment_methods[enabled]=true",
    );
  });

  it("percent-encodes values (&, =, +, unicode, Stripe's {CHECKOUT_SESSION_ID} placeholder)", () => {
    const body = encodeStripeForm({ description: "A&B = 1+1 ✓", success_url: "https://shop.example.com/ok?session_id={CHECKOUT_SESSION_ID}" });
    expect(body).toBe("description=A%26B%20%3D%201%2B1%20%E2%9C%93&success_url=https%3A%2F%2Fshop.example.com%2Fok%3Fsession_id%3D%7BCHECKOUT_SESSION_ID%7D");
    expect(Object.fromEntries(new URLSearchParams(body))).toEqual({ description: "A&B = 1+1 ✓", success_url: "https://shop.example.com/ok?session_id={CHECKOUT_SESSION_ID}" });
  });

  it("leaves out undefined and empty containers, sends null as an empty value, booleans as words and dates as Unix seconds", () => {
    expect(
      encodeStripeForm({ email: undefined, metadata: {}, expand: [], description: null, livemode: false, trial_end: new Date("2025-03-01T00:00:00Z"), amount: 0 }),
    ).toBe("description=&livemode=false&trial_end=1740787200&amount=0");
  });

  it("refuses values a form cannot carry", () => {
    expect(() => encodeStripeForm({ amount: Number.NaN })).toThrow("amount is NaN, which Stripe cannot take.");
    expect(() => encodeStripeForm({ metadata: { callback: () => 1 } })).toThrow("metadata[callback] is a function, which cannot be sent in a form.");
  });
});
