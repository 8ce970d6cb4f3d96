import { randomBytes } from "node:crypto";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { generateEncryptionKeyEntry, parseEncryptionKeys, VaultKeyring } from "./keyring";
import { VaultError } from "./vault-error";

const key = (bytes = 32) => randomBytes(bytes).toString("base64");

function parseError(raw: string): VaultError {
  try {
    parseEncryptionKeys(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(VaultError);
    expect((error as VaultError).code).toBe("bad_keyring");
    return error as VaultError;
  }
  throw new Error("Expected ENCRYPTION_KEYS to be refused.");
}

describe("parseEncryptionKeys", () => {
  it("reads comma-separated <version>:<base64 key> entries, newest first, in either base64 alphabet", () => {
    const ring = parseEncryptionKeys(` v3:${key()} ,v2:${randomBytes(32).toString("base64url")},2026-01_old:${key().replace(/=$/, "")}`);
    expect(ring.currentVersion).toBe("v3");
    expect(ring.versions).toEqual(["v3", "v2", "2026-01_old"]);
    expect(ring.keyFor("v2")).toBeDefined();
    expect(ring.keyFor("v9")).toBeUndefined();
  });

  it("refuses an empty value", () => {
    expect(parseError(" , ").message).toMatch(/ENCRYPTION_KEYS is empty.*openssl rand -base64 32/);
  });

  it("refuses an entry without a version, never echoing it (it may be a bare key)", () => {
    const bare = key();
    const error = parseError(bare);
    expect(error.message).toMatch(/entry 1 must look like <version>:<base64 key>/);
    expect(error.message).not.toContain(bare);
  });

  it("refuses a bad version label", () => {
    expect(parseError(`v 1:${key()}`).message).toMatch(/entry 1: the version label/);
    expect(parseError(`-v1:${key()}`).message).toMatch(/entry 1: the version label/);
  });

  it("refuses keys that are not 32 bytes of base64, naming the entry and version but not the key", () => {
    const short = key(16);
    const long = key(48);
    for (const [raw, secret] of [
      [`v2:${key()},v1:${short}`, short],
      [`v2:${key()},v1:${long}`, long],
      [`v2:${key()},v1:not-base64-at-all!!`, "not-base64-at-all!!"],
    ] as const) {
      const error = parseError(raw);
      expect(error.message).toMatch(/entry 2 \(version "v1"\): the key must be the base64 encoding of exactly 32 bytes/);
      expect(error.message).not.toContain(secret);
    }
  });

  it("refuses a version listed twice", () => {
    expect(parseError(`v1:${key()},v1:${key()}`).message).toMatch(/"v1" twice/);
  });

  it("names the source in messages (the development key file)", () => {
    expect(() => parseEncryptionKeys("oops", ".data/encryption-key")).toThrow(/^\.data\/encryption-key entry 1/);
  });
});

describe("VaultKeyring", () => {
  it("never shows key material when logged, inspected or serialised", () => {
    const raw = randomBytes(32);
    const ring = new VaultKeyring([{ version: "v1", key: raw }]);
    const shown = `${JSON.stringify(ring)} ${inspect(ring, { depth: 10, showHidden: true })} ${String(ring)}`;
    expect(JSON.parse(JSON.stringify(ring))).toEqual({ currentVersion: "v1", versions: ["v1"] });
    for (const form of [raw.toString("base64"), raw.toString("hex"), raw.toString("base64url")]) expect(shown).not.toContain(form);
  });

  it("generates entries that parse back", () => {
    const entry = generateEncryptionKeyEntry("dev");
    expect(entry).toMatch(/^dev:[A-Za-z0-9+/]{43}=$/);
    expect(parseEncryptionKeys(entry).currentVersion).toBe("dev");
  });
});
