import { z } from "zod";
import { conflict } from "@/core/errors/domain-errors";
import { DEFAULT_HMAC_SHA256_HEADER } from "@/core/webhooks/hmac-sha256-config";
import { WEBHOOK_SCHEMES } from "@/server/db/schema/webhooks";

/** `wh_` + 32 base64url characters: the id is the unguessable part of the public URL. */
export const WEBHOOK_ID_PATTERN = /^wh_[A-Za-z0-9_-]{32}$/;
export const MAX_OVERLAP_HOURS = 168;
const HEADER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;
const EVENT_NAME = /^[A-Za-z0-9_.:/*-]{1,100}$/;
const MAX_EVENTS = 50;

export const endpointIdSchema = z.string("Unknown webhook endpoint.").regex(WEBHOOK_ID_PATTERN, "Unknown webhook endpoint.");
export const webhookEndpointIdInput = z.object({ endpointId: endpointIdSchema });

export const webhookNameSchema = z
  .string("Give the endpoint a name.")
  .trim()
  .min(1, "Give the endpoint a name.")
  .max(100, "Endpoint names are at most 100 characters.");

export const webhookSchemeSchema = z.enum(WEBHOOK_SCHEMES, {
  error: "Choose how deliveries are signed: standard_webhooks, github, stripe, slack, hmac_sha256 or none.",
});

export const webhookEventsSchema = z
  .array(
    z
      .string("Each event is a name such as issues.opened.")
      .trim()
      .regex(EVENT_NAME, "Event names are letters, digits and . _ : / - * (at most 100 characters), e.g. issues.opened."),
    "Events are a list of names, e.g. [\"issues.opened\"].",
  )
  .max(MAX_EVENTS, `At most ${MAX_EVENTS} events; leave the list empty to accept every event.`)
  .transform((events) => [...new Set(events)]);

export const rateLimitPerMinuteSchema = z
  .number("Give the number of deliveries per minute.")
  .int("Deliveries per minute must be a whole number.")
  .min(1, "Accept at least 1 delivery per minute.")
  .max(100_000, "At most 100,000 deliveries per minute.");

const headerNameSchema = (what: string) =>
  z
    .string(`Name the ${what} header.`)
    .trim()
    .regex(HEADER_NAME, `The ${what} header is a header name such as X-Signature: letters, digits and '-', at most 64 characters.`)
    .transform((name) => name.toLowerCase());

/**
 * How a generic HMAC-SHA256 sender signs: where the signature is, how it is written, and what else is signed. The
 * same fields as `hmacSha256ConfigSchema` (src/core/webhooks), which intake reads them with, in words for the form.
 */
export const hmacConfigSchema = z.strictObject(
  {
    header: headerNameSchema("signature").default(DEFAULT_HMAC_SHA256_HEADER),
    encoding: z.enum(["hex", "base64"], { error: "The signature encoding is hex or base64." }).default("hex"),
    prefix: z
      .string("The prefix is text such as sha256=.")
      .max(32, "The signature prefix is at most 32 characters.")
      .regex(/^[\x21-\x7e]*$/, "The signature prefix is printable characters without spaces, such as sha256=.")
      .optional(),
    timestampHeader: headerNameSchema("timestamp").optional(),
    idHeader: headerNameSchema("delivery id").optional(),
  },
  "The signature settings are an object such as { header, encoding, prefix }.",
);
export type HmacConfig = z.infer<typeof hmacConfigSchema>;

/** A secret pasted from the provider (Stripe's, Slack's signing secret, the one typed into GitHub). Never repeated in messages. */
export const pastedSecretSchema = z
  .string("The signing secret is text.")
  .trim()
  .min(8, "The signing secret is at least 8 characters; paste it whole from the provider.")
  .max(512, "The signing secret is at most 512 characters.")
  .regex(/^\S+$/, "The signing secret has no spaces; paste only the secret.");

export const overlapHoursSchema = z
  .number("Give the overlap in hours.")
  .int("The overlap is a whole number of hours.")
  .min(0, "The overlap is 0 hours or more (0: the old secret stops working at once).")
  .max(MAX_OVERLAP_HOURS, `The old secret can be kept for at most ${MAX_OVERLAP_HOURS} hours (7 days).`);

export const webhookNameTaken = (name: string) =>
  conflict(`A webhook endpoint named "${name}" already exists in this organization. Choose another name.`, "name");
