import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openSealed, sealSecret, VaultError } from "@/core/vault";
import { DEV_KEY_FILE, resolveVaultKeyring } from "./vault-keyring";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "junction-vault-"));
  dirs.push(dir);
  return path.join(dir, "data");
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("resolveVaultKeyring", () => {
  it("uses ENCRYPTION_KEYS when set, in any mode, and writes no file", () => {
    const dataDir = tempDir();
    const warn = vi.fn();
    const ring = resolveVaultKeyring({ encryptionKeys: `v2:${randomBytes(32).toString("base64")}`, nodeEnv: "production", dataDir }, warn);
    expect(ring.currentVersion).toBe("v2");
    expect(warn).not.toHaveBeenCalled();
    expect(() => statSync(dataDir)).toThrow();
  });

  it("refuses to start in production without ENCRYPTION_KEYS", () => {
    const call = () => resolveVaultKeyring({ encryptionKeys: undefined, nodeEnv: "production", dataDir: tempDir() });
    expect(call).toThrow(VaultError);
    expect(call).toThrow(/ENCRYPTION_KEYS is required in production/);
  });

  it("in development generates a key once into DATA_DIR/encryption-key (mode 600), warns once, and reuses it", () => {
    const dataDir = tempDir();
    const warn = vi.fn();
    const first = resolveVaultKeyring({ encryptionKeys: undefined, nodeEnv: "development", dataDir }, warn);
    const file = path.join(dataDir, DEV_KEY_FILE);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8")).toMatch(/^dev:[A-Za-z0-9+/]{43}=\n$/);
    expect(first.currentVersion).toBe("dev");

    const second = resolveVaultKeyring({ encryptionKeys: undefined, nodeEnv: "development", dataDir }, warn);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(openSealed(second, sealSecret(first, "secret", "a:b"), "a:b")).toBe("secret");
  });

  it("the development key file holds an ENCRYPTION_KEYS entry, so it can be carried into ENCRYPTION_KEYS", () => {
    const dataDir = tempDir();
    const dev = resolveVaultKeyring({ encryptionKeys: undefined, nodeEnv: "development", dataDir }, () => {});
    const entry = readFileSync(path.join(dataDir, DEV_KEY_FILE), "utf8").trim();
    const configured = resolveVaultKeyring({ encryptionKeys: `v1:${randomBytes(32).toString("base64")},${entry}`, nodeEnv: "production", dataDir });
    expect(openSealed(configured, sealSecret(dev, "secret", "a:b"), "a:b")).toBe("secret");
  });
});
