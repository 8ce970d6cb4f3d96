export { credentialHint } from "./credential-hint";
export { generateEncryptionKeyEntry, KEY_BYTES, parseEncryptionKeys, VaultKeyring } from "./keyring";
export { openSealed, sealedKeyVersion, sealSecret } from "./seal";
export { VaultError, type VaultErrorCode } from "./vault-error";
