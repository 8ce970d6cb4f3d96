import { connections } from "@/server/db/schema/connections";

/**
 * The columns any API may return. `sealed_credentials` is deliberately absent: list and read paths select
 * these and nothing else, so the sealed value cannot leak through a `select *`.
 */
export const connectionView = {
  id: connections.id,
  connectorId: connections.connectorId,
  name: connections.name,
  authType: connections.authType,
  credentialHint: connections.credentialHint,
  status: connections.status,
  lastTestedAt: connections.lastTestedAt,
  lastError: connections.lastError,
  rateLimitRequests: connections.rateLimitRequests,
  rateLimitPerMs: connections.rateLimitPerMs,
  createdBy: connections.createdBy,
  createdAt: connections.createdAt,
  updatedAt: connections.updatedAt,
};
