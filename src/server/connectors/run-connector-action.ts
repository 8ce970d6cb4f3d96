import { ConnectorActionError, queryStrings, resolveRequestUrl, type ConnectorDefinition, type ConnectorRequest, type ConnectorResponse, type ResolvedAction } from "@/core/connectors";
import { getDb } from "@/server/db/client";
import type { HttpCallLog } from "@/server/http/http-request";
import type { OutboundAuth } from "@/server/http/outbound-auth";
import { getOutboundClient } from "@/server/http/shared-outbound-client";
import { connectionOutboundAuth } from "./connection-outbound-auth";
import { openNodeConnection } from "./open-node-connection";

export interface ConnectorActionCall {
  orgId: string;
  /** The node's connection; without one the connector must accept `none`. */
  connectionId: string | undefined;
  input: unknown;
  onCall: (log: HttpCallLog) => void;
}

/**
 * Runs a connector action for a workflow step: input parsed with the action's schema, the connection opened
 * here (inside the step) and turned into an injected credential, each request made through the shared outbound
 * client (SSRF guard, redacted call log), and the answer parsed with the action's output schema.
 */
export async function runConnectorAction({ connector, action, id }: ResolvedAction, call: ConnectorActionCall): Promise<unknown> {
  const input = action.input.parse(call.input);
  const auth = await authForCall(connector, call);
  const request = connectorRequester(connector, auth, call.onCall);
  const raw = action.run ? await action.run(input, { request }) : await respond(action, input, await request(action.request(input)));
  const output = action.output.safeParse(raw);
  if (!output.success) {
    const problems = output.error.issues.slice(0, 3).map((issue) => `${issue.path.join(".") || "answer"}: ${issue.message}`).join("; ");
    throw new ConnectorActionError(`${connector.name} answered, but not in the shape "${id}" expects (${problems}). The API may have changed; check the connector.`);
  }
  return output.data;
}

/**
 * How a connector's requests go out: joined to its base URL (which they may not leave), the credential injected
 * by the shared outbound client (SSRF guard, redacted call log, credentials scrubbed from errors), no retries.
 * Shared by action steps and the connection test.
 */
export function connectorRequester(connector: ConnectorDefinition, auth: OutboundAuth, onCall: (log: HttpCallLog) => void) {
  // With a base URL the connector is one service: errors say "GitHub answered 401"; otherwise they name the host.
  const service = connector.baseUrl ? connector.name : undefined;
  return async (req: ConnectorRequest): Promise<ConnectorResponse> => {
    // No retries inside the call: the step's retry policy retries durably, each attempt in the step log.
    const response = await getOutboundClient().request(
      {
        method: req.method,
        url: resolveRequestUrl(connector.baseUrl, req),
        query: queryStrings(req.query),
        headers: req.headers ?? {},
        body: req.body,
        ...(req.timeoutMs ? { timeoutMs: req.timeoutMs } : {}),
        auth,
        retry: false,
        ...(service ? { service } : {}),
      },
      onCall,
    );
    return { status: response.status, headers: response.headers, body: response.body };
  };
}

function respond(action: ResolvedAction["action"], input: unknown, response: ConnectorResponse): unknown {
  return action.response ? action.response(response, input) : response.body;
}

async function authForCall(connector: ResolvedAction["connector"], call: ConnectorActionCall): Promise<OutboundAuth> {
  if (!call.connectionId) {
    if (connector.connectionOptional) return { type: "none" };
    throw new ConnectorActionError(`This step needs a ${connector.name} connection; pick one in the step's settings.`);
  }
  const connection = await openNodeConnection(await getDb(), call.orgId, connector, call.connectionId);
  return connectionOutboundAuth(connector, connection);
}
