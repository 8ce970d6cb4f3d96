import { z } from "zod";
import type { ConnectorRequest } from "@/core/connectors";
import { encodeStripeForm } from "./stripe-form";

export const FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

/** A create/update call: the body form-encoded the way Stripe reads it, with an idempotency key when given. */
export function formPost(path: string, params: Record<string, unknown>, idempotencyKey?: string): ConnectorRequest {
  return {
    method: "POST",
    path,
    headers: { "content-type": FORM_CONTENT_TYPE, ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}) },
    body: encodeStripeForm(params),
  };
}

/** `expand` on a GET: the query carries one `expand[i]` per path (Stripe reads indexed and `[]` forms alike). */
export function expandQuery(paths: readonly string[] | undefined): Record<string, string> {
  return Object.fromEntries((paths ?? []).map((path, index) => [`expand[${index}]`, path]));
}

/**
 * An optional ISO 8601 time, sent as Stripe's Unix seconds (its `created[gte]` filters). The description sits
 * before the transform: JSON Schema of the input drops examples put on a transform.
 */
export const unixSecondsInput = (description: string) =>
  z.iso
    .datetime({ offset: true, message: "give an ISO 8601 time such as 2025-03-01T00:00:00Z" })
    .meta({ description, examples: ["2025-03-01T00:00:00Z"] })
    .transform((value) => Math.floor(new Date(value).getTime() / 1000))
    .optional();

export const idempotencyKeyInput = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .optional()
  .meta({
    description:
      "Stripe remembers a create's result for 24 hours per key, so a repeat with the same key gets the same object back instead of a duplicate. By default each step sends its own key (the same on every retry of that step); give one unique to the business event to also cover re-runs and replays.",
    examples: ["order-8841-payment"],
  });

/** Stripe's metadata: up to 50 keys of at most 40 characters, values of at most 500. */
export const metadataInput = z
  .record(z.string().min(1).max(40, "metadata keys are at most 40 characters"), z.string().max(500, "metadata values are at most 500 characters"))
  .refine((metadata) => Object.keys(metadata).length <= 50, "Stripe takes at most 50 metadata keys")
  .optional()
  .meta({ description: "Your own key-value pairs stored on the object (up to 50)", examples: [{ order_id: "8841", source: "junction" }] });

export const currencyInput = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{3}$/, "currency is a three-letter ISO code such as usd or eur")
  .meta({ description: "Three-letter ISO currency code, lowercase", examples: ["usd", "eur"] });

/** Stripe ids carry their object's prefix: `cus_`, `pi_`, `ch_`, `price_`… */
export const stripeId = (prefix: string, what: string) =>
  z.string().trim().regex(new RegExp(`^${prefix}_[A-Za-z0-9_]+$`), `${what} is a Stripe id starting with ${prefix}_`);

export const listLimitInput = z.number().int().min(1).max(100).default(100).meta({ description: "Objects per page (1–100); each page is one request", examples: [100] });
