import type { OAuth2Auth } from "@/core/connectors";

/**
 * Google's OAuth2 (authorization code with PKCE), the same "google" OAuth app as Gmail. `access_type=offline` +
 * `prompt=consent` make Google return a refresh token on every consent. The spreadsheets scope reads and writes
 * every sheet the account can open and creates new ones.
 */
export const googleSheetsAuth: OAuth2Auth = {
  type: "oauth2",
  oauth: {
    app: "google",
    grant: "authorization_code",
    issuer: "https://accounts.google.com",
    authorizeUrl: "https://accounts.google.com/o/oauth2/v2/auth",
    tokenUrl: "https://oauth2.googleapis.com/token",
    scopes: ["https://www.googleapis.com/auth/spreadsheets"],
    pkce: true,
    clientAuth: "client_secret_post",
    authorizeParams: { access_type: "offline", prompt: "consent" },
  },
};
