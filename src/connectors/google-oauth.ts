import type { OAuth2Auth } from "@/core/connectors";

/**
 * Google's OAuth2 for the connectors that sign in with Google (one "google" OAuth app): authorization code with PKCE,
 * and `access_type=offline` + `prompt=consent` so Google returns a refresh token on every consent, not only the
 * first — connections keep working after the 1-hour access token. Each connector asks for its own scopes.
 */
export function googleOAuth2(scopes: string[]): OAuth2Auth {
  return {
    type: "oauth2",
    oauth: {
      app: "google",
      grant: "authorization_code",
      issuer: "https://accounts.google.com",
      authorizeUrl: "https://accounts.google.com/o/oauth2/v2/auth",
      tokenUrl: "https://oauth2.googleapis.com/token",
      scopes,
      pkce: true,
      clientAuth: "client_secret_post",
      authorizeParams: { access_type: "offline", prompt: "consent" },
    },
  };
}
