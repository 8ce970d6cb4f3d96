import type * as oauth from "oauth4webapi";

/**
 * Token types beyond bearer/DPoP that real providers answer with: Slack's `oauth.v2.access` says `bot` (and `user`
 * for user tokens); both are used as bearer tokens.
 */
export const TOKEN_RESPONSE_OPTIONS: oauth.ProcessTokenResponseOptions = {
  recognizedTokenTypes: { bot: () => {}, user: () => {} },
};

/**
 * Some providers report a failed token request as HTTP 200 with an error body (GitHub: `{ error:
 * "bad_verification_code", error_description }`, Slack: `{ ok: false, error: "invalid_code" }`). Re-labels such an
 * answer as the 400 the standard says it is, so it is handled (and described to the user) like any token error.
 */
export async function normalizeTokenResponse(response: Response): Promise<Response> {
  if (response.status !== 200) return response;
  const text = await response.clone().text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return response;
  }
  if (typeof body !== "object" || body === null || "access_token" in body) return response;
  const { error, error_description } = body as { error?: unknown; error_description?: unknown };
  if (typeof error !== "string") return response;
  const standard = { error, ...(typeof error_description === "string" ? { error_description } : {}) };
  return new Response(JSON.stringify(standard), { status: 400, headers: { "content-type": "application/json" } });
}
