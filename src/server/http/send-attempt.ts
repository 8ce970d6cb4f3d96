import { fetch } from "undici";
import type { CallRedactor } from "./call-redactor";
import { classifyStatus, classifyThrown, type FailureContext } from "./classify-failure";
import { ClientError } from "./http-errors";
import type { HttpClientContext, OutboundResponse } from "./http-request";
import { withCredentialHeaders, type InjectedCredential } from "./outbound-auth";
import { readResponseBody } from "./read-response-body";
import { isSecretHeaderName } from "./redact-headers";
import { assertAllowedUrl } from "./ssrf-guard";

/** A request resolved once, before its attempts: the credential and what must be redacted are fixed here. */
export interface PreparedCall {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string | undefined;
  credential: InjectedCredential;
  redactor: CallRedactor;
  service: string;
  timeoutMs: number;
}

const MAX_REDIRECTS = 5;

/** One attempt, following redirects by hand so every hop is SSRF-checked and credentials stay with their origin. */
export async function sendAttempt(call: PreparedCall, context: HttpClientContext, attempt: number): Promise<OutboundResponse> {
  const started = Date.now();
  let url = call.url;
  let method = call.method;
  let body = call.body;
  let sent = { url, headers: call.headers };
  const failure: FailureContext = { service: call.service, credential: call.credential.noun, timeoutMs: call.timeoutMs, phase: "connect", scrub: call.redactor.text };
  const log = (status?: number, error?: string) =>
    context.onCall?.({
      method,
      url: call.redactor.url(sent.url),
      requestHeaders: call.redactor.headers(sent.headers),
      status,
      durationMs: Date.now() - started,
      error,
      startedAt: new Date(started).toISOString(),
      attempt,
    });

  const signal = AbortSignal.timeout(call.timeoutMs);
  try {
    for (let hop = 0; ; hop += 1) {
      assertAllowedUrl(url, context.policy);
      sent = hopRequest(call, url);
      failure.phase = "connect";
      const response = await fetch(sent.url, {
        method,
        headers: sent.headers,
        body: method === "GET" || method === "HEAD" ? undefined : body,
        redirect: "manual",
        dispatcher: context.agent,
        signal,
      });
      failure.phase = "body";
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS) throw new ClientError(response.status, `more than ${MAX_REDIRECTS} redirects`, call.service);
        url = new URL(location, url);
        if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === "POST")) {
          method = "GET";
          body = undefined;
        }
        continue;
      }
      const parsed = await readResponseBody(response, { limitBytes: context.maxResponseBytes, service: call.service, shownUrl: call.redactor.url(sent.url) });
      const result: OutboundResponse = {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: parsed,
        durationMs: Date.now() - started,
      };
      const failed = classifyStatus(response.status, response.headers, parsed, failure);
      if (failed) throw failed;
      log(response.status);
      return result;
    }
  } catch (error) {
    const classified = classifyThrown(error, failure);
    classified.message = call.redactor.text(classified.message);
    log(classified.status, classified.message);
    throw classified;
  }
}

/**
 * The URL and headers of one hop. The credential goes only to the origin the caller named: a redirect to another
 * origin gets neither it nor any secret-looking header the caller set (the fetch standard drops Authorization
 * the same way), so an open redirect on the API cannot hand the token to a third party.
 */
function hopRequest(call: PreparedCall, url: URL): { url: URL; headers: Record<string, string> } {
  if (url.origin !== call.url.origin) {
    return { url, headers: Object.fromEntries(Object.entries(call.headers).filter(([name]) => !isSecretHeaderName(name))) };
  }
  const withQuery = new URL(url);
  for (const [key, value] of Object.entries(call.credential.query)) withQuery.searchParams.set(key, value);
  return { url: withQuery, headers: withCredentialHeaders(call.headers, call.credential) };
}
