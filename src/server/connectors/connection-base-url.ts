import { ConnectorActionError, type ConnectorDefinition } from "@/core/connectors";

/**
 * The base URL a connection's requests are joined to: the connection's own (`baseUrl` credential field) when the
 * connector lets connections name one, else the connector's. Messages never repeat a credential.
 */
export function connectionBaseUrl(connector: ConnectorDefinition, credentials: Record<string, string>): string | undefined {
  if (!connector.connectionBaseUrl) return connector.baseUrl;
  const own = credentials.baseUrl?.trim();
  if (!own) {
    if (connector.baseUrl) return connector.baseUrl;
    throw new ConnectorActionError(`The ${connector.name} connection has no ${connector.connectionBaseUrl.label}; reconnect it and fill it in.`);
  }
  const url = URL.canParse(own) ? new URL(own) : undefined;
  if (!url || !["http:", "https:"].includes(url.protocol) || url.username || url.password) {
    throw new ConnectorActionError(`The ${connector.name} connection's ${connector.connectionBaseUrl.label} must be an absolute http(s) URL without a user name or password; reconnect it.`);
  }
  return url.href.replace(/\/+$/, "");
}
