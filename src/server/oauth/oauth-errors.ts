import { invalid } from "@/core/errors/domain-errors";

/**
 * The connection's grant is gone (refresh token revoked or expired, app access removed): nothing but the user
 * signing in again at the provider fixes it. The connection is marked needs_reauth when this is raised.
 */
export class OAuthReconnectRequiredError extends Error {
  constructor(
    readonly connectionId: string,
    message: string,
  ) {
    super(message);
    this.name = "OAuthReconnectRequiredError";
  }
}

/** A token request failed for another reason (provider down, bad client configuration); retrying may help. */
export class OAuthTokenRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OAuthTokenRequestError";
  }
}

export const notAnOAuthConnector = (connectorId: string) =>
  invalid(`The connector "${connectorId}" does not connect with OAuth2; create the connection with its credentials instead.`, "connectorId");
