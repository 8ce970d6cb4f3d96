import type { OAuth2Auth } from "@/core/connectors";

/**
 * Google's OAuth2 (authorization code with PKCE). `access_type=offline` + `prompt=consent` make Google return a
 * refresh token on every consent, not only the first, so connections keep working after the 1-hour access token.
 * gmail.modify covers reading, sending, drafting and relabelling, but not permanent deletion.
 */
export const gmailAuth: OAuth2Auth = {
  type: "oauth2",
  oauth: {
    app: "google",
    grant: "authorization_code",
    issuer: "https://accounts.google.com",
    authorizeUrl: "https://accounts.google.com/o/oauth2/v2/auth",
    tokenUrl: "https://oauth2.googleapis.com/token",
    scopes: ["https://www.googleapis.com/auth/gmail.modify"],
    pkce: true,
    clientAuth: "client_secret_post",
    authorizeParams: { access_type: "offline", prompt: "consent" },
  },
};
