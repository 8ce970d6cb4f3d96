import { createRequestContext } from "@/server/api/request-context";
import { oauthCallbackResponse } from "@/server/oauth/oauth-callback-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Where OAuth providers send the browser back (APP_URL/api/oauth/callback, registered exactly with each provider). */
export async function GET(request: Request) {
  return oauthCallbackResponse({ url: new URL(request.url), context: await createRequestContext() });
}
