/** What the OAuth callback (and a "reconnect" notification) put in this page's address. */
export interface ConnectionsPageParams {
  /** `?connected=<id>`: an OAuth2 sign-in finished and stored (or refreshed) this connection. */
  connected?: string;
  /** `?oauth_error=<message>`: the sign-in did not complete, and why. */
  oauthError?: string;
  /** `?reconnect=<id>`: a "needs reconnect" notification links here to open that connection's reconnect form. */
  reconnect?: string;
}

const PARAM_NAMES = ["connected", "oauth_error", "reconnect"] as const;

/** Removes the one-time parameters, so a reload or a shared link does not repeat them. */
export function cleanConnectionsUrl() {
  const url = new URL(window.location.href);
  if (!PARAM_NAMES.some((name) => url.searchParams.has(name))) return;
  for (const name of PARAM_NAMES) url.searchParams.delete(name);
  window.history.replaceState(window.history.state, "", url);
}
