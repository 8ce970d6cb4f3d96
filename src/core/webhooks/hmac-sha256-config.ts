import { z } from "zod";

const headerName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, "A header name is letters, digits and '-' (at most 64).")
  .transform((name) => name.toLowerCase());

/**
 * Settings of the generic HMAC-SHA256 scheme, as stored in `webhook_endpoints.scheme_config`. The signature is
 * HMAC-SHA256(secret, body) — or of `${timestamp}.${body}` when `timestampHeader` is set — sent in `header` as
 * `prefix` + hex or base64.
 */
export const hmacSha256ConfigSchema = z.strictObject({
  header: headerName.optional().meta({ description: "The header carrying the signature (default x-signature).", examples: ["x-signature"] }),
  encoding: z.enum(["hex", "base64"]).optional().meta({ description: "How the digest is written (default hex)." }),
  prefix: z
    .string()
    .max(32)
    .regex(/^[\x21-\x7e]*$/, "The prefix is printable ASCII without spaces.")
    .optional()
    .meta({ description: "Text before the digest, if any.", examples: ["sha256="] }),
  timestampHeader: headerName.optional().meta({ description: "A header with the Unix time (seconds) the sender signed along with the body." }),
  idHeader: headerName.optional().meta({ description: "A header with the sender's delivery id, for deduplication." }),
});

export type HmacSha256Config = z.input<typeof hmacSha256ConfigSchema>;

export const DEFAULT_HMAC_SHA256_HEADER = "x-signature";
