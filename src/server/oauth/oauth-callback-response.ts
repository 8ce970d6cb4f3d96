import { env } from "@/env";
import type { TRPCContext } from "@/server/api/trpc";
import { completeAuthorization, type CompleteAuthorizationInput } from "./complete-authorization";
import { connectionsPath } from "./mark-needs-reauth";

export interface OAuthCallbackRequest extends Pick<CompleteAuthorizationInput, "providers" | "redirectUri"> {
  url: URL;
  /** The signed-in user, resolved as for tRPC (createRequestContext); tests pass their own. */
  context: TRPCContext;
  appUrl?: string;
}

/**
 * GET /api/oauth/callback: finishes the flow, then redirects to the org's connections page with `connected=<id>`
 * or `oauth_error=<message>`. Without a session or a recognisable flow there is no org to go back to, so it answers
 * a short page that says what happened.
 */
export async function oauthCallbackResponse({ url, context, providers, redirectUri, appUrl = env.APP_URL }: OAuthCallbackRequest): Promise<Response> {
  if (!context.user) return messagePage(401, "Please sign in, then start connecting again from the Connections page.");
  const result = await completeAuthorization({ db: context.db, user: context.user, params: url.searchParams, providers, redirectUri });
  if (result.ok) return redirect(appUrl, connectionsPath(result.orgSlug, { connected: result.connectionId }));
  if (result.orgSlug) return redirect(appUrl, connectionsPath(result.orgSlug, { oauth_error: result.message }));
  return messagePage(400, result.message);
}

function redirect(appUrl: string, path: string): Response {
  return new Response(null, { status: 303, headers: { location: new URL(path, appUrl).toString(), "cache-control": "no-store" } });
}

function messagePage(status: number, message: string): Response {
  const escaped = message.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html><meta charset="utf-8"><title>Connection not completed</title><main style="font-family:system-ui;max-width:36rem;margin:4rem auto"><h1>Connection not completed</h1><p>${escaped}</p><p><a href="/">Back to Junction</a></p></main>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
