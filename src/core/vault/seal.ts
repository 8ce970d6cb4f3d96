import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { KEY_VERSION_PATTERN, type VaultKeyring } from "./keyring";
import { VaultError } from "./vault-error";

const ALGORITHM = "aes-256-gcm";
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const BASE64URL_PATTERN = /^[A-Za-z0-9_-]+$/;

/**
 * Seals `plaintext` with the keyring's newest key: AES-256-GCM, a fresh random 12-byte nonce, and `aad`
 * authenticated alongside (so the value opens only in the context it was sealed for). The output is
 * `<version>:` + base64url(nonce | ciphertext | tag).
 */
export function sealSecret(keyring: VaultKeyring, plaintext: string, aad: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv(ALGORITHM, keyring.currentKey(), nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const body = Buffer.concat([nonce, ciphertext, cipher.getAuthTag()]);
  return `${keyring.currentVersion}:${body.toString("base64url")}`;
}

/** The key version a sealed value names, or null when it does not look like a sealed value. */
export function sealedKeyVersion(sealed: string): string | null {
  const colon = sealed.indexOf(":");
  return colon > 0 ? sealed.slice(0, colon) : null;
}

/**
 * Opens a value from sealSecret with the key of the version it names and the same `aad`. Throws a
 * VaultError (never returns null) when the version is unknown, the key is wrong, the bytes were
 * altered, or the value was sealed for another context.
 */
export function openSealed(keyring: VaultKeyring, sealed: string, aad: string): string {
  const version = sealedKeyVersion(sealed);
  const encoded = version === null ? "" : sealed.slice(version.length + 1);
  // Anything that is not a version label is reported as malformed, never echoed: it may not be a label at all.
  if (version === null || !KEY_VERSION_PATTERN.test(version) || !BASE64URL_PATTERN.test(encoded)) {
    throw new VaultError("malformed", 'The stored credentials are not a sealed value (expected "<version>:<base64url>"); store them again (reconnect).');
  }
  const body = Buffer.from(encoded, "base64url");
  if (body.length < NONCE_BYTES + TAG_BYTES) {
    throw new VaultError("malformed", "The stored credentials are truncated and cannot be opened; store them again (reconnect).");
  }
  const key = keyring.keyFor(version);
  if (!key) {
    throw new VaultError(
      "unknown_key_version",
      `The stored credentials were sealed with key version "${version}", which ENCRYPTION_KEYS does not hold (it has ${keyring.versions.join(", ")}). ` +
        `Add that key back after the newest one, then run npm run vault:rotate.`,
    );
  }
  const decipher = createDecipheriv(ALGORITHM, key, body.subarray(0, NONCE_BYTES), { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(aad, "utf8"));
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(body.subarray(NONCE_BYTES, body.length - TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new VaultError(
      "cannot_open",
      `The stored credentials could not be opened with key version "${version}": either ENCRYPTION_KEYS holds a different key for "${version}" ` +
        "than the one they were sealed with (restore that key), or the value was altered or copied from another connection (reconnect to store it again).",
    );
  }
}
