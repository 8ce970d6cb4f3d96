import type { ConnectorDefinition, PollingTrigger } from "@/core/connectors";
import { connectionOutboundAuth } from "@/server/connectors/connection-outbound-auth";
import { createConnectorSession, fixedCredential, type ConnectorSession } from "@/server/connectors/connector-session";
import { executeConnectorAction } from "@/server/connectors/execute-connector-action";
import type { HttpCallLog } from "@/server/http/http-request";
import { pollTrigger } from "@/server/triggers/read-poll-answer";
import type { OutboundAuth } from "@/server/http/outbound-auth";

export interface HarnessConnection {
  /** Where the connector's requests go instead of its real base URL: a local server replaying the API. */
  baseUrl: string;
  /** The connection's auth type (`oauth2` sends `credentials.accessToken` as a bearer token); `none` by default. */
  authType?: string;
  credentials?: Record<string, string>;
}

/** A session over the real outbound path (SSRF guard, credential injection, redacted call log), aimed at a local server. */
export function harnessSession(connector: ConnectorDefinition, connection: HarnessConnection, calls: HttpCallLog[]): ConnectorSession {
  const authType = connection.authType ?? "none";
  const credentials = connection.credentials ?? {};
  const auth: OutboundAuth = authType.startsWith("oauth2")
    ? { type: "bearer", token: credentials.accessToken ?? "" }
    : authType === "none"
      ? { type: "none" }
      : connectionOutboundAuth(connector, { authType, credentials });
  // Connectors that take full URLs (HTTP, GraphQL) keep them: the test's input already points at the local server.
  const baseUrl = connector.baseUrl || connector.connectionBaseUrl ? connection.baseUrl : undefined;
  return createConnectorSession({ connector, credential: fixedCredential(auth), baseUrl, onCall: (log) => calls.push(log), values: credentials });
}

/**
 * Runs `<connector>.<actionId>` the way a workflow step does — input parsed, request(s) through the outbound client
 * with the credential injected, output parsed — against a local server. Returns the output and the call log.
 */
/** The idempotency key actions get from the harness (a step's is `<run id>:<step id>`). */
export const HARNESS_IDEMPOTENCY_KEY = "run-test:step-test";

export async function runActionAgainst(connector: ConnectorDefinition, actionId: string, connection: HarnessConnection, input: unknown): Promise<{ output: unknown; calls: HttpCallLog[] }> {
  const action = connector.actions.find((a) => a.id === actionId);
  if (!action) throw new Error(`${connector.id} has no action "${actionId}" (it has ${connector.actions.map((a) => a.id).join(", ")}).`);
  const calls: HttpCallLog[] = [];
  const output = await executeConnectorAction({ connector, action, id: `${connector.id}.${actionId}` }, input, async () => harnessSession(connector, connection, calls), { idempotencyKey: HARNESS_IDEMPOTENCY_KEY });
  return { output, calls };
}

/**
 * One poll of a polling trigger from `cursor` over the real outbound path, as the poll runtime makes it: the new items
 * (parsed with the trigger's output schema), their dedupe keys (as the trigger gives them, before hashing) and the
 * cursor to store next. `input` is the node's `trigger.input`.
 */
export async function pollTriggerAgainst(connector: ConnectorDefinition, triggerId: string, connection: HarnessConnection, cursor: string | undefined, input: unknown = {}) {
  const trigger = connector.triggers.find((t): t is PollingTrigger => t.id === triggerId && t.kind === "polling");
  if (!trigger) throw new Error(`${connector.id} has no polling trigger "${triggerId}".`);
  const calls: HttpCallLog[] = [];
  const answer = await pollTrigger(connector, trigger, harnessSession(connector, connection, calls), cursor, input);
  const items = answer.items.map((item) => item.payload);
  return { items, keys: items.map((item) => trigger.dedupeKey(item)), cursor: answer.nextCursor, calls };
}
