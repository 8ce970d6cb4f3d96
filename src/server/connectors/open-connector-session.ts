import { ConnectorActionError, type ConnectorDefinition } from "@/core/connectors";
import type { Db } from "@/server/db/types";
import type { HttpCallLog } from "@/server/http/http-request";
import type { OutboundAuth } from "@/server/http/outbound-auth";
import { getAccessToken } from "@/server/oauth/get-access-token";
import { OAuthReconnectRequiredError } from "@/server/oauth/oauth-errors";
import { isOAuthAuthType } from "@/server/oauth/oauth-tokens";
import { connectionBaseUrl } from "./connection-base-url";
import { connectionOutboundAuth } from "./connection-outbound-auth";
import { connectionRateGate, effectiveRateLimit } from "./connection-rate-limit";
import { createConnectorSession, fixedCredential, type ConnectorSession, type CredentialSource } from "./connector-session";
import { openNodeConnection } from "./open-node-connection";

export interface OpenSessionInput {
  orgId: string;
  connector: ConnectorDefinition;
  /** Without one the connector must accept `none`. */
  connectionId: string | undefined;
  onCall: (log: HttpCallLog) => void;
  /** The connection test tries a connection marked needs_reauth (a new key may already work); steps refuse it. */
  allowNeedsReauth?: boolean;
}

/**
 * A session over the connection a step (or a trigger, or the connection test) names: opened for the org only,
 * its credential (an OAuth2 access token refreshed when due, or the stored key), base URL and rate limit.
 */
export async function openConnectorSession(db: Db, { orgId, connector, connectionId, onCall, allowNeedsReauth }: OpenSessionInput): Promise<ConnectorSession> {
  if (!connectionId) {
    if (!connector.connectionOptional) throw new ConnectorActionError(`This step needs a ${connector.name} connection; pick one in the step's settings.`);
    return createConnectorSession({ connector, credential: fixedCredential({ type: "none" }), baseUrl: connector.baseUrl, onCall });
  }
  const connection = await openNodeConnection(db, orgId, connector, connectionId, { allowNeedsReauth });
  const oauth = isOAuthAuthType(connection.authType);
  const credential = oauth ? oauthCredential(db, connector, { orgId, connectionId }) : fixedCredential(connectionOutboundAuth(connector, connection));
  const limit = effectiveRateLimit(connection, connector.rateLimit);
  return createConnectorSession({
    connector,
    credential,
    baseUrl: connectionBaseUrl(connector, connection.credentials),
    onCall,
    values: oauth ? {} : connection.credentials,
    ...(limit ? { beforeRequest: connectionRateGate({ db, connectionId, limit, service: connector.name }) } : {}),
  });
}

/** An OAuth2 connection's access token, refreshed before expiry and once after a 401 (under the connection's lock). */
function oauthCredential(db: Db, connector: ConnectorDefinition, ref: { orgId: string; connectionId: string }): CredentialSource {
  if (!connector.oauth) {
    throw new ConnectorActionError(`The connection signs in with OAuth2, which ${connector.name} does not accept; reconnect it with ${connector.auth.map((a) => a.type).join(" or ")}.`);
  }
  const provider = connector.oauth;
  // The connector in hand is the one whose OAuth2 settings apply (a custom connector is not in the registry).
  const providers = () => provider;
  const bearer = async (rejectedToken?: string): Promise<OutboundAuth> => {
    try {
      return { type: "bearer", token: await getAccessToken(db, ref, { providers, ...(rejectedToken ? { rejectedToken } : {}) }) };
    } catch (error) {
      // Only the user signing in again fixes it: fail the step now instead of retrying.
      if (error instanceof OAuthReconnectRequiredError) throw new ConnectorActionError(error.message);
      throw error;
    }
  };
  return {
    current: () => bearer(),
    afterUnauthorized: (rejected) => bearer(rejected.type === "bearer" ? rejected.token : undefined),
  };
}
