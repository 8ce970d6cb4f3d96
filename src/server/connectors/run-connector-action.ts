import type { ResolvedAction } from "@/core/connectors";
import { getDb } from "@/server/db/client";
import type { HttpCallLog } from "@/server/http/http-request";
import { executeConnectorAction } from "./execute-connector-action";
import { openConnectorSession } from "./open-connector-session";

export interface ConnectorActionCall {
  orgId: string;
  /** The node's connection; without one the connector must accept `none`. */
  connectionId: string | undefined;
  input: unknown;
  onCall: (log: HttpCallLog) => void;
  /** Stable across the step's retries: run id + step id. */
  idempotencyKey: string;
}

/**
 * Runs a connector action for a workflow step: the connection opened here (inside the step) into a session —
 * credential injected by the shared outbound client, OAuth2 tokens refreshed, the connection's rate limit kept —
 * then the action executed over it with input and output parsed by the action's schemas.
 */
export async function runConnectorAction(resolved: ResolvedAction, call: ConnectorActionCall): Promise<unknown> {
  const open = async () => openConnectorSession(await getDb(), { orgId: call.orgId, connector: resolved.connector, connectionId: call.connectionId, onCall: call.onCall });
  return executeConnectorAction(resolved, call.input, open, { idempotencyKey: call.idempotencyKey });
}
