export type VaultErrorCode =
  /** ENCRYPTION_KEYS (or the development key file) is missing or malformed. */
  | "bad_keyring"
  /** The stored value does not have the `<version>:<base64url>` shape of a sealed value. */
  | "malformed"
  /** The value names a key version the keyring does not hold. */
  | "unknown_key_version"
  /** Authentication failed: wrong key for that version, altered bytes, or another row's/org's value. */
  | "cannot_open";

/**
 * A seal/open or key-configuration failure. Messages say what to fix and never contain a key,
 * a plaintext or the sealed value itself (at most a key version label, which is not secret).
 */
export class VaultError extends Error {
  constructor(
    readonly code: VaultErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "VaultError";
  }
}
