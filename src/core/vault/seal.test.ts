import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseEncryptionKeys, VaultKeyring } from "./keyring";
import { openSealed, sealedKeyVersion, sealSecret } from "./seal";
import { VaultError } from "./vault-error";

const CANARY = "canary-secret-3f9a7c1e-do-not-leak";
const keyBytes = () => randomBytes(32);
const keyring = (...versions: [string, Buffer][]) => new VaultKeyring(versions.map(([version, key]) => ({ version, key })));
const AAD = "org-1:connection-1";

/** The VaultError a call throws, checked not to carry the plaintext, the sealed value or any key. */
function vaultErrorOf(call: () => unknown, secrets: string[] = []): VaultError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(VaultError);
    const text = `${(error as Error).message} ${JSON.stringify(error)} ${String((error as Error).stack)}`;
    for (const secret of [CANARY, ...secrets]) expect(text).not.toContain(secret);
    return error as VaultError;
  }
  throw new Error("Expected a VaultError, but the call succeeded.");
}

describe("sealSecret / openSealed", () => {
  const v1 = keyBytes();
  const ring = keyring(["v1", v1]);

  it("round-trips text, including empty and non-ASCII values", () => {
    for (const plaintext of [CANARY, "", '{"apiKey":"ключ-🔑"}', "x".repeat(100_000)]) {
      expect(openSealed(ring, sealSecret(ring, plaintext, AAD), AAD)).toBe(plaintext);
    }
  });

  it("writes <version>:base64url(nonce | ciphertext | tag) and never the plaintext", () => {
    const sealed = sealSecret(ring, CANARY, AAD);
    expect(sealed).toMatch(/^v1:[A-Za-z0-9_-]+$/);
    expect(sealedKeyVersion(sealed)).toBe("v1");
    expect(Buffer.from(sealed.slice(3), "base64url")).toHaveLength(12 + Buffer.byteLength(CANARY) + 16);
    expect(sealed).not.toContain(CANARY);
    expect(Buffer.from(sealed.slice(3), "base64url").toString("latin1")).not.toContain(CANARY);
  });

  it("uses a fresh nonce for every seal of the same value", () => {
    const sealed = Array.from({ length: 50 }, () => sealSecret(ring, CANARY, AAD));
    expect(new Set(sealed).size).toBe(50);
    const nonces = sealed.map((s) => Buffer.from(s.slice(3), "base64url").subarray(0, 12).toString("hex"));
    expect(new Set(nonces).size).toBe(50);
  });

  it("refuses a wrong key for the same version (cannot_open), saying which version and what to fix", () => {
    const sealed = sealSecret(ring, CANARY, AAD);
    const other = keyBytes();
    const error = vaultErrorOf(() => openSealed(keyring(["v1", other]), sealed, AAD), [v1.toString("base64"), other.toString("base64"), sealed]);
    expect(error.code).toBe("cannot_open");
    expect(error.message).toMatch(/key version "v1"/);
    expect(error.message).toMatch(/restore that key|reconnect/);
  });

  it("refuses an unknown key version, naming it and the versions held", () => {
    const sealed = sealSecret(keyring(["v0", keyBytes()]), CANARY, AAD);
    const error = vaultErrorOf(() => openSealed(ring, sealed, AAD), [sealed]);
    expect(error.code).toBe("unknown_key_version");
    expect(error.message).toMatch(/"v0".*does not hold.*v1.*vault:rotate/);
  });

  it("refuses a value moved to another row (swapped ciphertexts between two connections)", () => {
    const first = sealSecret(ring, `${CANARY}-first`, "org-1:connection-1");
    const second = sealSecret(ring, `${CANARY}-second`, "org-1:connection-2");
    expect(vaultErrorOf(() => openSealed(ring, second, "org-1:connection-1")).code).toBe("cannot_open");
    expect(vaultErrorOf(() => openSealed(ring, first, "org-1:connection-2")).code).toBe("cannot_open");
  });

  it("refuses a value moved to another org (wrong org in the AAD)", () => {
    const sealed = sealSecret(ring, CANARY, "org-1:connection-1");
    expect(vaultErrorOf(() => openSealed(ring, sealed, "org-2:connection-1")).code).toBe("cannot_open");
  });

  it("refuses a tampered tag, ciphertext or nonce", () => {
    const sealed = sealSecret(ring, CANARY, AAD);
    const body = Buffer.from(sealed.slice(3), "base64url");
    for (const index of [body.length - 1, 12, 0]) {
      const altered = Buffer.from(body);
      altered[index]! ^= 0x01;
      expect(vaultErrorOf(() => openSealed(ring, `v1:${altered.toString("base64url")}`, AAD)).code).toBe("cannot_open");
    }
  });

  it("refuses values that are not sealed values (malformed), without echoing them", () => {
    for (const value of [CANARY, `:${CANARY}`, `user ${CANARY}:abc`, "v1:", "v1:not base64!", `v1:${Buffer.alloc(27).toString("base64url")}`]) {
      const error = vaultErrorOf(() => openSealed(ring, value, AAD));
      expect(error.code).toBe("malformed");
    }
  });

  it("seals with the newest key and still opens values of older versions it holds", () => {
    const oldRing = keyring(["v1", v1]);
    const rotated = keyring(["v2", keyBytes()], ["v1", v1]);
    const old = sealSecret(oldRing, CANARY, AAD);
    expect(openSealed(rotated, old, AAD)).toBe(CANARY);
    const fresh = sealSecret(rotated, CANARY, AAD);
    expect(sealedKeyVersion(fresh)).toBe("v2");
    expect(openSealed(rotated, fresh, AAD)).toBe(CANARY);
    expect(vaultErrorOf(() => openSealed(oldRing, fresh, AAD)).code).toBe("unknown_key_version");
  });

  it("works with a keyring parsed from ENCRYPTION_KEYS", () => {
    const parsed = parseEncryptionKeys(`v2:${keyBytes().toString("base64")}, v1:${v1.toString("base64url")}`);
    expect(openSealed(parsed, sealSecret(ring, CANARY, AAD), AAD)).toBe(CANARY);
  });
});
