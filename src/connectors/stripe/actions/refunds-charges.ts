import { z } from "zod";
import { defineAction, maxPagesInput } from "@/core/connectors";
import { chargeSchema, listingOf, refundSchema } from "../schemas";
import { formPost, idempotencyKeyInput, listLimitInput, metadataInput, stripeId, unixSecondsInput } from "../stripe-request";

export const createRefund = defineAction({
  id: "create_refund",
  name: "Create refund",
  description: "Refund a payment in full, or part of it with amount. Give the payment intent or the charge.",
  input: z
    .object({
      paymentIntentId: stripeId("pi", "paymentIntentId").optional().meta({ description: "The payment intent to refund", examples: ["pi_3MtwBwLkdIwHu7ix28a3tqPa"] }),
      chargeId: stripeId("ch", "chargeId").optional().meta({ description: "The charge to refund (instead of a payment intent)", examples: ["ch_3MtwBwLkdIwHu7ix0snN0B15"] }),
      amount: z.number().int().min(1).optional().meta({ description: "Amount to refund in the smallest currency unit; the whole remaining amount when left out", examples: [500] }),
      reason: z.enum(["duplicate", "fraudulent", "requested_by_customer"]).optional().meta({ description: "Why (fraudulent also helps Stripe's fraud detection)", examples: ["requested_by_customer"] }),
      metadata: metadataInput,
      idempotencyKey: idempotencyKeyInput,
    })
    .refine((input) => (input.paymentIntentId === undefined) !== (input.chargeId === undefined), {
      message: "give either paymentIntentId or chargeId (exactly one)",
      path: ["paymentIntentId"],
    }),
  output: refundSchema,
  request: (input, context) =>
    formPost(
      "/v1/refunds",
      { payment_intent: input.paymentIntentId, charge: input.chargeId, amount: input.amount, reason: input.reason, metadata: input.metadata },
      input.idempotencyKey ?? context.idempotencyKey,
    ),
});

export const listCharges = defineAction({
  id: "list_charges",
  name: "List charges",
  description: "Charges, newest first, optionally of one customer or payment intent, or created after a time.",
  input: z.object({
    customerId: stripeId("cus", "customerId").optional().meta({ description: "Only this customer's charges", examples: ["cus_NffrFeUfNV2Hib"] }),
    paymentIntentId: stripeId("pi", "paymentIntentId").optional().meta({ description: "Only the charges of this payment intent", examples: ["pi_3MtwBwLkdIwHu7ix28a3tqPa"] }),
    createdAfter: unixSecondsInput("Only charges created at or after this time"),
    limit: listLimitInput,
    maxPages: maxPagesInput,
  }),
  output: listingOf(chargeSchema),
  pagination: true,
  request: (input) => ({
    method: "GET",
    path: "/v1/charges",
    query: { customer: input.customerId, payment_intent: input.paymentIntentId, "created[gte]": input.createdAfter, limit: input.limit },
  }),
});
