import type { AuthOption, ConnectorInfo } from "./connection-types";

const AUTH_KIND_LABELS: Readonly<Record<string, string>> = {
  none: "No credentials",
  api_key: "API key",
  bearer: "Token",
  basic: "User name and password",
  custom_headers: "Custom headers",
  oauth2: "OAuth2",
  oauth2_client_credentials: "OAuth2 (client credentials)",
  fields: "Connection details",
};

/** A connection's auth type in words: "API key", "Token", "OAuth2", "User name and password"… */
export function authKindLabel(authType: string): string {
  return AUTH_KIND_LABELS[authType] ?? authType.replaceAll("_", " ");
}

/** The auth options a connection can be created with: `none` stores nothing, so there is no connection to make. */
export function connectableAuth(connector: ConnectorInfo): AuthOption[] {
  return connector.auth.filter((auth) => auth.type !== "none");
}

/** The option's name in the "how to connect" choice: the provider's own word for the token when it has one. */
export function authOptionTitle(connector: ConnectorInfo, option: AuthOption): string {
  if (option.type === "oauth2") return option.oauthGrant === "client_credentials" ? "OAuth app (client credentials)" : `Sign in with ${connector.name}`;
  const first = option.fields[0];
  if ((option.type === "bearer" || option.type === "api_key") && first && first.label !== "Token" && first.label !== "API key") return first.label;
  return authKindLabel(option.type);
}

/** One line under the option's name saying what the user will do. */
export function authOptionSummary(connector: ConnectorInfo, option: AuthOption): string {
  switch (option.type) {
    case "oauth2":
      return option.oauthGrant === "client_credentials"
        ? "Junction gets its own token with the organization's OAuth app."
        : `OAuth2: approve access at ${connector.name}, nothing to copy.`;
    case "api_key":
      return "Paste an API key.";
    case "bearer":
      return option.fields[0] && option.fields[0].label !== "Token" ? "Paste a token (sent as a bearer token)." : "Paste a bearer token.";
    case "basic":
      return "A user name and password (HTTP Basic).";
    case "custom_headers":
      return "Headers sent with every request.";
    case "fields":
      return "The details the connector needs.";
    default:
      return authKindLabel(option.type);
  }
}

/** Whether the option connects through the provider's browser sign-in rather than a form. */
export function isBrowserOAuth(option: AuthOption): boolean {
  return option.type === "oauth2" && option.oauthGrant !== "client_credentials";
}

/**
 * A form without declared fields (the HTTP connector's custom headers) takes any named values, so the form asks for
 * name and value pairs.
 */
export function takesFreeFormValues(option: AuthOption): boolean {
  return option.type === "custom_headers" && option.fields.length === 0;
}
