import { createSecretKey, randomBytes, type KeyObject } from "node:crypto";
import { VaultError } from "./vault-error";

export const KEY_BYTES = 32;
/** Version labels appear as the prefix of every sealed value, so they cannot contain ":" or ",". */
export const KEY_VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;
/** 32 bytes in base64 (standard or URL-safe alphabet), with or without the trailing "=". */
const KEY_BASE64_PATTERN = /^[A-Za-z0-9+/_-]{43}=?$/;
const GENERATE_HINT = "Generate a key with: openssl rand -base64 32";

/**
 * The AES-256 keys the vault can use, newest first: sealing always uses the newest, opening uses the
 * version a value names. Key material lives in KeyObjects and private fields, so logging or serialising
 * a keyring shows only its version labels.
 */
export class VaultKeyring {
  readonly #keys: ReadonlyMap<string, KeyObject>;
  readonly currentVersion: string;
  readonly versions: readonly string[];

  constructor(entries: readonly { version: string; key: Uint8Array }[]) {
    if (entries.length === 0) throw new VaultError("bad_keyring", "A keyring needs at least one key.");
    const keys = new Map<string, KeyObject>();
    for (const { version, key } of entries) {
      if (!KEY_VERSION_PATTERN.test(version)) throw new VaultError("bad_keyring", `Key version "${version}" is not valid: use letters, digits, "-" or "_" (e.g. v1).`);
      if (key.length !== KEY_BYTES) throw new VaultError("bad_keyring", `Key version "${version}" must be ${KEY_BYTES} bytes, got ${key.length}.`);
      if (keys.has(version)) throw new VaultError("bad_keyring", `Key version "${version}" appears twice; each version must be unique.`);
      keys.set(version, createSecretKey(key));
    }
    this.#keys = keys;
    this.versions = [...keys.keys()];
    this.currentVersion = this.versions[0]!;
  }

  /** The key a value sealed under `version` needs, or undefined when the keyring does not hold it. */
  keyFor(version: string): KeyObject | undefined {
    return this.#keys.get(version);
  }

  currentKey(): KeyObject {
    return this.#keys.get(this.currentVersion)!;
  }

  toJSON() {
    return { currentVersion: this.currentVersion, versions: this.versions };
  }
}

/**
 * Parses `ENCRYPTION_KEYS`: comma-separated `<version>:<base64 of 32 bytes>` entries, newest first
 * (e.g. `v2:…,v1:…`). `source` names where the text came from in error messages; the messages never
 * echo a key.
 */
export function parseEncryptionKeys(raw: string, source = "ENCRYPTION_KEYS"): VaultKeyring {
  const entries = raw
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (entries.length === 0) {
    throw new VaultError("bad_keyring", `${source} is empty: set it to <version>:<base64 key>, e.g. v1:<key>. ${GENERATE_HINT}`);
  }
  const parsed = entries.map((entry, index) => {
    const where = `${source} entry ${index + 1}`;
    const colon = entry.indexOf(":");
    if (colon <= 0) {
      throw new VaultError("bad_keyring", `${where} must look like <version>:<base64 key> (e.g. v1:<key>), newest first, separated by commas.`);
    }
    const version = entry.slice(0, colon);
    const encoded = entry.slice(colon + 1);
    if (!KEY_VERSION_PATTERN.test(version)) {
      throw new VaultError("bad_keyring", `${where}: the version label must be letters, digits, "-" or "_" (at most 32, e.g. v1).`);
    }
    const key = Buffer.from(encoded, "base64");
    if (!KEY_BASE64_PATTERN.test(encoded) || key.length !== KEY_BYTES) {
      throw new VaultError("bad_keyring", `${where} (version "${version}"): the key must be the base64 encoding of exactly ${KEY_BYTES} bytes. ${GENERATE_HINT}`);
    }
    return { version, key };
  });
  const seen = new Set<string>();
  for (const { version } of parsed) {
    if (seen.has(version)) throw new VaultError("bad_keyring", `${source} lists key version "${version}" twice; give each key its own version.`);
    seen.add(version);
  }
  return new VaultKeyring(parsed);
}

/** A fresh random key as one `ENCRYPTION_KEYS` entry. */
export function generateEncryptionKeyEntry(version: string): string {
  if (!KEY_VERSION_PATTERN.test(version)) throw new VaultError("bad_keyring", `Key version "${version}" is not valid.`);
  return `${version}:${randomBytes(KEY_BYTES).toString("base64")}`;
}
