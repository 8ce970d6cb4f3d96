import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { checkoutSessionSchema } from "../schemas";
import { formPost, idempotencyKeyInput, metadataInput, stripeId } from "../stripe-request";

const lineItem = z.object({
  price: stripeId("price", "price").meta({ description: "A Price's id (Products → a product → its price)", examples: ["price_1MotwRLkdIwHu7ixYcPLm5uZ"] }),
  quantity: z.number().int().min(1).max(999_999).default(1).meta({ description: "How many", examples: [2] }),
});

export const createCheckoutSession = defineAction({
  id: "create_checkout_session",
  name: "Create Checkout session",
  description: "A Stripe-hosted payment page for some prices; send the buyer to the session's url. It expires after 24 hours.",
  input: z.object({
    mode: z.enum(["payment", "subscription"]).default("payment").meta({ description: "One-time payment, or a subscription (recurring prices)", examples: ["payment"] }),
    lineItems: z.array(lineItem).min(1, "add at least one line item").max(100).meta({ description: "What is bought", examples: [[{ price: "price_1MotwRLkdIwHu7ixYcPLm5uZ", quantity: 2 }]] }),
    successUrl: z.url().meta({
      description: "Where the buyer lands after paying; {CHECKOUT_SESSION_ID} in it is replaced by the session's id",
      examples: ["https://shop.example.com/checkout/success?session_id={CHECKOUT_SESSION_ID}"],
    }),
    cancelUrl: z.url().optional().meta({ description: "Where the buyer goes when they go back", examples: ["https://shop.example.com/cart"] }),
    customerId: stripeId("cus", "customerId").optional().meta({ description: "An existing customer paying", examples: ["cus_NffrFeUfNV2Hib"] }),
    customerEmail: z.email().optional().meta({ description: "Prefill the email (when there is no customer)", examples: ["jenny.rosen@example.com"] }),
    clientReferenceId: z.string().max(200).optional().meta({ description: "Your own reference (an order or cart id), echoed back in the session and its events", examples: ["order-8841"] }),
    allowPromotionCodes: z.boolean().optional().meta({ description: "Let the buyer enter promotion codes", examples: [true] }),
    metadata: metadataInput,
    idempotencyKey: idempotencyKeyInput,
  }).refine((input) => !(input.customerId && input.customerEmail), {
    message: "give customerId or customerEmail, not both (the customer's email is used when there is a customer)",
    path: ["customerEmail"],
  }),
  output: checkoutSessionSchema,
  request: (input, context) =>
    formPost(
      "/v1/checkout/sessions",
      {
        mode: input.mode,
        line_items: input.lineItems,
        success_url: input.successUrl,
        cancel_url: input.cancelUrl,
        customer: input.customerId,
        customer_email: input.customerEmail,
        client_reference_id: input.clientReferenceId,
        allow_promotion_codes: input.allowPromotionCodes,
        metadata: input.metadata,
      },
      input.idempotencyKey ?? context.idempotencyKey,
    ),
});
