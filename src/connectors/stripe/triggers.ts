import { z } from "zod";
import { defineTrigger, type WebhookTrigger } from "@/core/connectors";
import { chargeSchema, checkoutSessionSchema, customerSchema, paymentIntentSchema } from "./schemas";

const invoiceSchema = z.looseObject({ id: z.string(), object: z.literal("invoice"), customer: z.unknown(), amount_paid: z.number().int(), currency: z.string(), status: z.string().nullish() });

/** Stripe's Event object; `data.object` is the object the event is about, as it was when the event happened. */
const eventOf = <T extends z.ZodType>(object: T) =>
  z.looseObject({
    id: z.string(),
    object: z.literal("event"),
    type: z.string(),
    api_version: z.string().nullish(),
    created: z.number().int(),
    livemode: z.boolean(),
    data: z.looseObject({ object, previous_attributes: z.record(z.string(), z.unknown()).optional() }),
    request: z.looseObject({ id: z.string().nullable(), idempotency_key: z.string().nullable() }).nullish(),
  });

/** Stripe names the event in the body (`type`); the `Stripe-Signature` header is checked by the "stripe" scheme. */
function stripeEventType({ body }: { body: unknown }): string | undefined {
  const type = typeof body === "object" && body !== null ? (body as { type?: unknown }).type : undefined;
  return typeof type === "string" ? type : undefined;
}

function stripeTrigger(id: string, name: string, description: string, events: readonly string[], object: z.ZodType): WebhookTrigger {
  return defineTrigger({ id, name, description, kind: "webhook", signatureScheme: "stripe", events, eventOf: stripeEventType, output: eventOf(object) });
}

/** The events a workflow most often starts from, one trigger each, and one for any event of the endpoint. */
export const stripeTriggers: readonly WebhookTrigger[] = [
  stripeTrigger("payment_intent_succeeded", "Payment succeeded", "When a payment intent is paid (payment_intent.succeeded).", ["payment_intent.succeeded"], paymentIntentSchema),
  stripeTrigger("charge_refunded", "Charge refunded", "When a charge is refunded, in full or in part (charge.refunded).", ["charge.refunded"], chargeSchema),
  stripeTrigger("customer_created", "Customer created", "When a customer is created (customer.created).", ["customer.created"], customerSchema),
  stripeTrigger(
    "checkout_session_completed",
    "Checkout completed",
    "When a buyer completes a Checkout session (checkout.session.completed); check payment_status for delayed methods.",
    ["checkout.session.completed"],
    checkoutSessionSchema,
  ),
  stripeTrigger("invoice_paid", "Invoice paid", "When an invoice is paid, e.g. a subscription renewal (invoice.paid).", ["invoice.paid"], invoiceSchema),
  stripeTrigger("event", "Any event", "Every event the webhook endpoint in Stripe is subscribed to; the event's type is in `type`.", [], z.looseObject({ id: z.string(), object: z.string() })),
];
