import type { AuthSpec } from "@/core/connectors";

/**
 * OAuth 2.0 with PKCE signs a user in (posting, deleting and /2/users/me need a user context); the app-only
 * bearer token reads public data (users, searches, timelines) and nothing the user owns.
 */
export const xAuth: readonly AuthSpec[] = [
  {
    type: "oauth2",
    oauth: {
      app: "x",
      grant: "authorization_code",
      authorizeUrl: "https://x.com/i/oauth2/authorize",
      tokenUrl: "https://api.x.com/2/oauth2/token",
      // offline.access: X access tokens last two hours; without a refresh token the connection would lapse.
      scopes: ["tweet.read", "tweet.write", "users.read", "offline.access"],
      pkce: true,
      // A confidential X app (Web App type) authenticates its token requests with HTTP Basic.
      clientAuth: "client_secret_basic",
    },
  },
  {
    type: "bearer",
    token: {
      label: "Bearer token",
      description:
        "App-only token: developer.x.com → Developer Portal → Projects & Apps → your app → Keys and tokens → Bearer Token. " +
        "Read-only: it looks up users and searches posts, but cannot post, delete or read the signed-in user — sign in with X (OAuth 2.0) for those.",
      example: "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F",
    },
  },
];
