import { env } from "@/env";

export const OAUTH_CALLBACK_PATH = "/api/oauth/callback";

/** The one redirect URI registered with every provider: APP_URL + /api/oauth/callback, compared exactly. */
export function oauthRedirectUri(appUrl: string = env.APP_URL): string {
  return `${appUrl.replace(/\/+$/, "")}${OAUTH_CALLBACK_PATH}`;
}
