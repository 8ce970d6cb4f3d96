import type { AuthSpec } from "@/core/connectors";

/**
 * OAuth 2.0 web-server flow with PKCE against login.salesforce.com; the token response's `instance_url` becomes the
 * connection's base URL. Sandboxes sign in at test.salesforce.com, so they use a session token instead.
 */
export const salesforceOAuth: AuthSpec = {
  type: "oauth2",
  oauth: {
    app: "salesforce",
    grant: "authorization_code",
    authorizeUrl: "https://login.salesforce.com/services/oauth2/authorize",
    tokenUrl: "https://login.salesforce.com/services/oauth2/token",
    // "api" is REST access; "refresh_token" (alias offline_access) lets Junction renew the 2-hour session.
    scopes: ["api", "refresh_token"],
    pkce: true,
    clientAuth: "client_secret_post",
  },
};

/** A session id / access token of the org, with the instance URL asked for beside it (testing, sandboxes). */
export const salesforceSessionToken: AuthSpec = {
  type: "bearer",
  token: {
    label: "Access token (session id)",
    description:
      "An access token of the org, e.g. the \"Access Token\" shown by `sf org display --target-org <alias>`. It expires with the session (2 hours by default): sign in with Salesforce instead for a lasting connection.",
    example: "00D5g000004XyZaEAK!AQ4AQFzJ2vT8.mR3bQ9kL0x_example",
  },
};
