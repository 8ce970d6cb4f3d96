import { z } from "zod";
import { defineAction, maxPagesInput } from "@/core/connectors";
import { listingOf, paymentIntentSchema } from "../schemas";
import { currencyInput, formPost, idempotencyKeyInput, listLimitInput, metadataInput, stripeId, unixSecondsInput } from "../stripe-request";

export const createPaymentIntent = defineAction({
  id: "create_payment_intent",
  name: "Create payment intent",
  description:
    "Start a payment of an amount in a currency. Hand its client_secret to Stripe.js to collect the payment, or confirm it at once with a saved payment method (off-session charges).",
  input: z.object({
    amount: z.number().int().min(1).max(99_999_999).meta({ description: "Amount in the currency's smallest unit (cents for usd: 1999 is $19.99; yen has none: 500 is ¥500)", examples: [1999] }),
    currency: currencyInput,
    customerId: stripeId("cus", "customerId").optional().meta({ description: "The customer paying (needed to save or reuse a payment method)", examples: ["cus_NffrFeUfNV2Hib"] }),
    description: z.string().max(1000).optional().meta({ description: "Shown in the Dashboard and on some receipts", examples: ["Order #8841"] }),
    receiptEmail: z.email().optional().meta({ description: "Send the receipt to this address once paid", examples: ["jenny.rosen@example.com"] }),
    metadata: metadataInput,
    automaticPaymentMethods: z.boolean().default(true).meta({ description: "Offer the payment methods enabled in the Dashboard (automatic_payment_methods[enabled])", examples: [true] }),
    paymentMethodId: stripeId("pm", "paymentMethodId").optional().meta({ description: "A saved payment method of the customer to charge", examples: ["pm_1MqLiJLkdIwHu7ixUEgbFdYF"] }),
    confirm: z.boolean().default(false).meta({ description: "Confirm (charge) now with paymentMethodId instead of leaving it to the browser", examples: [false] }),
    offSession: z.boolean().default(false).meta({ description: "With confirm: the customer is not present (a saved card charged later)", examples: [true] }),
    returnUrl: z.url().optional().meta({ description: "With confirm: where a redirect-based method (3-D Secure, iDEAL…) sends the customer back", examples: ["https://shop.example.com/orders/8841/paid"] }),
    idempotencyKey: idempotencyKeyInput,
  }),
  output: paymentIntentSchema,
  request: (input, context) =>
    formPost(
      "/v1/payment_intents",
      {
        amount: input.amount,
        currency: input.currency,
        customer: input.customerId,
        description: input.description,
        receipt_email: input.receiptEmail,
        metadata: input.metadata,
        // Confirming without a return URL is refused while redirect-based methods are allowed: allow only the others.
        automatic_payment_methods: input.automaticPaymentMethods ? { enabled: true, ...(input.confirm && !input.returnUrl ? { allow_redirects: "never" } : {}) } : undefined,
        payment_method: input.paymentMethodId,
        ...(input.confirm ? { confirm: true, off_session: input.offSession || undefined, return_url: input.returnUrl } : {}),
      },
      input.idempotencyKey ?? context.idempotencyKey,
    ),
});

export const listPaymentIntents = defineAction({
  id: "list_payment_intents",
  name: "List payment intents",
  description: "Payment intents, newest first, optionally of one customer or created after a time.",
  input: z.object({
    customerId: stripeId("cus", "customerId").optional().meta({ description: "Only this customer's payment intents", examples: ["cus_NffrFeUfNV2Hib"] }),
    createdAfter: unixSecondsInput("Only payment intents created at or after this time"),
    limit: listLimitInput,
    maxPages: maxPagesInput,
  }),
  output: listingOf(paymentIntentSchema),
  pagination: true,
  request: (input) => ({ method: "GET", path: "/v1/payment_intents", query: { customer: input.customerId, "created[gte]": input.createdAfter, limit: input.limit } }),
});
