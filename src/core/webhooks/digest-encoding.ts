/** HMAC-SHA256 digests are 32 bytes: 64 hex digits, or 44 base64 characters ending in one '='. */
export const DIGEST_BYTES = 32;

const LOWER_HEX_DIGEST = /^[0-9a-f]{64}$/;
const ANY_CASE_HEX_DIGEST = /^[0-9a-fA-F]{64}$/;
const BASE64_DIGEST = /^[A-Za-z0-9+/]{43}=$/;

/**
 * The 32 bytes a presented hex digest stands for, or undefined when it is not exactly one digest. Lower-case only
 * unless `anyCase` (the generic scheme), so one signature has one spelling.
 */
export function decodeHexDigest(text: string, anyCase = false): Buffer | undefined {
  if (!(anyCase ? ANY_CASE_HEX_DIGEST : LOWER_HEX_DIGEST).test(text)) return undefined;
  return Buffer.from(text, "hex");
}

/**
 * The 32 bytes of a presented standard base64 (padded) digest, or undefined when it is not exactly one. The
 * encoding must be canonical: Node's decoder ignores stray characters and unused low bits, which would let several
 * spellings pass for the same signature.
 */
export function decodeBase64Digest(text: string): Buffer | undefined {
  if (!BASE64_DIGEST.test(text)) return undefined;
  const bytes = Buffer.from(text, "base64");
  return bytes.length === DIGEST_BYTES && bytes.toString("base64") === text ? bytes : undefined;
}
