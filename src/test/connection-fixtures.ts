import { randomUUID } from "node:crypto";
import type { VaultKeyring } from "@/core/vault";
import { sealConnectionCredentials, type ConnectionCredentials } from "@/server/connections/connection-credentials";
import { connections } from "@/server/db/schema/connections";
import type { Db } from "@/server/db/types";
import { getVaultKeyring } from "@/server/vault/vault-keyring";

/** A secret no response, log line or error message may ever contain. */
export const CANARY_SECRET = "canary-sk_live_7f3e9b2d4c1a-never-leak";

/** What an HTTP connection with an API key in the `x-api-key` header holds. */
export const HTTP_API_KEY_CREDENTIALS = { apiKey: CANARY_SECRET, in: "header", name: "x-api-key" };

/** A connection row with sealed credentials, as createConnection would store it (keyring: the test env's by default). */
export async function createConnectionRow(
  db: Db,
  orgId: string,
  options: { name?: string; connectorId?: string; authType?: string; credentials?: ConnectionCredentials; keyring?: VaultKeyring } = {},
) {
  const id = randomUUID();
  const sealed = sealConnectionCredentials(options.keyring ?? getVaultKeyring(), { orgId, connectionId: id }, options.credentials ?? HTTP_API_KEY_CREDENTIALS);
  await db.insert(connections).values({
    id,
    orgId,
    connectorId: options.connectorId ?? "http",
    name: options.name ?? `Connection ${randomUUID().slice(0, 8)}`,
    authType: options.authType ?? "api_key",
    ...sealed,
  });
  return { connectionId: id };
}
