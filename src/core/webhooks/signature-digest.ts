import { createHmac, timingSafeEqual } from "node:crypto";
import { DIGEST_BYTES } from "./digest-encoding";

/** HMAC-SHA256 of the concatenated parts: a signed prefix (`${t}.`) as text, then the raw body bytes untouched. */
export function hmacSha256(key: string | Uint8Array, parts: readonly (string | Uint8Array)[]): Buffer {
  const hmac = createHmac("sha256", key);
  for (const part of parts) hmac.update(part);
  return hmac.digest();
}

/**
 * Whether any presented digest equals any expected one, each pair compared with timingSafeEqual. Every pair is
 * compared (no early exit), so the time taken does not depend on which secret or signature matched.
 */
export function anyDigestMatches(expected: readonly Buffer[], presented: readonly Buffer[]): boolean {
  let matched = false;
  for (const mine of expected) {
    for (const theirs of presented) {
      // Decoders guarantee 32 bytes; the length check keeps timingSafeEqual from throwing if one ever did not.
      const comparable = mine.length === DIGEST_BYTES && theirs.length === DIGEST_BYTES;
      matched = (comparable && timingSafeEqual(mine, theirs)) || matched;
    }
  }
  return matched;
}
