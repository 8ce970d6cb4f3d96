import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/env";
import { generateEncryptionKeyEntry, parseEncryptionKeys, VaultError, type VaultKeyring } from "@/core/vault";
import { logger } from "@/server/log/logger";

/** The version label of the generated development key; a label of its own, so a later ENCRYPTION_KEYS never mistakes it for its v1. */
export const DEV_KEY_VERSION = "dev";
export const DEV_KEY_FILE = "encryption-key";

export interface VaultKeySource {
  encryptionKeys: string | undefined;
  nodeEnv: string;
  dataDir: string;
}

/**
 * The vault's keys: ENCRYPTION_KEYS when set (required in production, where env validation already refuses
 * a missing value). In development a key is generated once into DATA_DIR/encryption-key, as for AUTH_SECRET,
 * so `npm run dev` needs no setup and stored credentials survive restarts.
 */
export function resolveVaultKeyring(source: VaultKeySource, warn: (file: string) => void = warnDevelopmentKey): VaultKeyring {
  if (source.encryptionKeys) return parseEncryptionKeys(source.encryptionKeys);
  if (source.nodeEnv === "production") {
    throw new VaultError("bad_keyring", "ENCRYPTION_KEYS is required in production: set it to v1:<key> (generate one with: openssl rand -base64 32).");
  }
  const file = path.resolve(source.dataDir, DEV_KEY_FILE);
  if (existsSync(file)) return parseEncryptionKeys(readFileSync(file, "utf8"), file);
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": if another process generated the key first, use theirs rather than overwrite it.
    writeFileSync(file, `${generateEncryptionKeyEntry(DEV_KEY_VERSION)}\n`, { mode: 0o600, flag: "wx" });
    warn(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return parseEncryptionKeys(readFileSync(file, "utf8"), file);
}

function warnDevelopmentKey(file: string) {
  logger.warn(
    { file },
    "ENCRYPTION_KEYS is not set; generated a development encryption key. Keep that file (stored credentials need it); " +
      "set ENCRYPTION_KEYS in production, with this key as an older entry to keep existing connections (see README).",
  );
}

// Next.js bundles route handlers and instrumentation separately: one keyring per process lives on globalThis.
const globalForVault = globalThis as unknown as { __junctionVaultKeyring?: VaultKeyring };

/** The process's keyring, resolved once from the environment. */
export function getVaultKeyring(): VaultKeyring {
  globalForVault.__junctionVaultKeyring ??= resolveVaultKeyring({
    encryptionKeys: env.ENCRYPTION_KEYS,
    nodeEnv: env.NODE_ENV,
    dataDir: env.DATA_DIR,
  });
  return globalForVault.__junctionVaultKeyring;
}
