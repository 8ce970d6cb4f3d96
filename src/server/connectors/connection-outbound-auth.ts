import { ConnectorActionError, type AuthSpec, type ConnectorDefinition } from "@/core/connectors";
import type { OutboundAuth } from "@/server/http/outbound-auth";
import type { OpenedConnection } from "@/server/connections/open-connection-credentials";

/**
 * Turns an opened connection into the credential the outbound client injects, following the connector's auth
 * spec for the connection's auth type. Messages name the missing field, never a value.
 */
export function connectionOutboundAuth(connector: ConnectorDefinition, connection: Pick<OpenedConnection, "authType" | "credentials">): OutboundAuth {
  const spec = connector.auth.find((auth) => auth.type === connection.authType);
  if (!spec) {
    const accepted = connector.auth.map((auth) => auth.type).join(", ");
    throw new ConnectorActionError(`The connection uses "${connection.authType}" authentication, which ${connector.name} does not accept (${accepted}); reconnect it with one of those.`);
  }
  return authFromSpec(spec, connector.name, connection.credentials);
}

function authFromSpec(spec: AuthSpec, service: string, credentials: Record<string, string>): OutboundAuth {
  const value = (key: string, what: string) => {
    const found = credentials[key];
    if (!found) throw new ConnectorActionError(`The ${service} connection has no ${what}; reconnect the connection and fill it in.`);
    return found;
  };
  switch (spec.type) {
    case "none":
    case "fields":
      return { type: "none" };
    case "bearer":
      return { type: "bearer", token: value("token", "token") };
    case "basic":
      return { type: "basic", username: value("username", "user name"), password: credentials.password ?? "" };
    case "api_key": {
      const where = spec.in ?? value("in", 'place for the API key ("header" or "query")');
      const name = spec.name ?? value("name", "header or query parameter name for the API key");
      const key = value("apiKey", "API key");
      if (where === "query") return { type: "api_key_query", param: name, key };
      if (where !== "header") throw new ConnectorActionError(`The ${service} connection sends its API key in "${where}"; reconnect it choosing "header" or "query".`);
      const prefix = spec.prefix ?? credentials.prefix;
      return { type: "api_key_header", header: name, key, ...(prefix ? { prefix } : {}) };
    }
    case "custom_headers": {
      const headers = spec.fields ? Object.fromEntries(spec.fields.map((field) => [field.header, value(field.key, field.label)])) : { ...credentials };
      return { type: "headers", headers };
    }
    case "oauth2":
      return { type: "bearer", token: value("accessToken", "access token (connect it again to sign in)") };
  }
}
