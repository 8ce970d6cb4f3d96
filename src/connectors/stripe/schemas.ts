import { z } from "zod";

const metadata = z.record(z.string(), z.string());

export const customerSchema = z.looseObject({
  id: z.string(),
  object: z.literal("customer"),
  email: z.string().nullish(),
  name: z.string().nullish(),
  phone: z.string().nullish(),
  description: z.string().nullish(),
  created: z.number().int(),
  livemode: z.boolean(),
  metadata,
});

export const paymentIntentSchema = z.looseObject({
  id: z.string(),
  object: z.literal("payment_intent"),
  amount: z.number().int(),
  amount_received: z.number().int(),
  currency: z.string(),
  status: z.string(),
  customer: z.unknown(),
  /** The browser (Stripe.js) confirms the payment with it; treat it like a session token, not like a public id. */
  client_secret: z.string().nullish(),
  latest_charge: z.unknown(),
  created: z.number().int(),
  livemode: z.boolean(),
  metadata,
});

export const chargeSchema = z.looseObject({
  id: z.string(),
  object: z.literal("charge"),
  amount: z.number().int(),
  amount_captured: z.number().int(),
  amount_refunded: z.number().int(),
  currency: z.string(),
  status: z.string(),
  paid: z.boolean(),
  refunded: z.boolean(),
  customer: z.unknown(),
  payment_intent: z.unknown(),
  receipt_url: z.string().nullish(),
  created: z.number().int(),
  metadata,
});

export const refundSchema = z.looseObject({
  id: z.string(),
  object: z.literal("refund"),
  amount: z.number().int(),
  currency: z.string(),
  status: z.string().nullish(),
  reason: z.string().nullish(),
  charge: z.unknown(),
  payment_intent: z.unknown(),
  created: z.number().int(),
  metadata,
});

export const checkoutSessionSchema = z.looseObject({
  id: z.string(),
  object: z.literal("checkout.session"),
  /** Where to send the buyer; null once the session is complete or expired. */
  url: z.string().nullish(),
  mode: z.string(),
  status: z.string().nullish(),
  payment_status: z.string(),
  amount_total: z.number().int().nullish(),
  currency: z.string().nullish(),
  customer: z.unknown(),
  client_reference_id: z.string().nullish(),
  expires_at: z.number().int(),
  metadata: metadata.nullish(),
});

/** A listing walked page by page (`starting_after` the last id while `has_more`). */
export const listingOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), pages: z.number().int(), hasMore: z.boolean() });
