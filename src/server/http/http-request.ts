import { setTimeout as delay } from "node:timers/promises";
import type { Agent } from "undici";
import { createCallRedactor } from "./call-redactor";
import { describeWait, HttpCallError } from "./http-errors";
import { injectedCredential, type OutboundAuth } from "./outbound-auth";
import { isRetriableFailure, nextRetryWaitMs, resolveOutboundRetry, type OutboundRetryOption } from "./outbound-retry-policy";
import { sendAttempt, type PreparedCall } from "./send-attempt";
import type { DestinationPolicy } from "./ssrf-guard";

export interface OutboundRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** Per attempt, headers and body together. */
  timeoutMs?: number;
  /** The connection's credential, injected by the client; it never reaches the call log or an error message. */
  auth?: OutboundAuth;
  /** Retries inside the call (off unless asked for); see OutboundRetryPolicy. */
  retry?: OutboundRetryOption;
  /** The API's name in error messages ("GitHub answered 401: …"); the host by default. */
  service?: string;
}

export interface OutboundResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  durationMs: number;
}

/** What the step log keeps of a call: never a credential, never the response body. One entry per attempt. */
export interface HttpCallLog {
  method: string;
  url: string;
  requestHeaders: Record<string, string>;
  status?: number;
  durationMs: number;
  error?: string;
  startedAt: string;
  /** 1 for the first attempt; higher when the client retried within the call. */
  attempt?: number;
}

export interface HttpClientContext {
  agent: Agent;
  policy: DestinationPolicy;
  maxResponseBytes: number;
  onCall?: (log: HttpCallLog) => void;
  /** Waits between retries; injectable so tests can shorten long Retry-After waits. */
  sleep?: (ms: number) => Promise<unknown>;
  random?: () => number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * One outbound call: credential injected, SSRF-checked (also on every redirect), timed out, size-capped,
 * errors classified with secrets scrubbed, every attempt logged redacted, retried when the request asks for it.
 */
export async function httpRequest(request: OutboundRequest, context: HttpClientContext): Promise<OutboundResponse> {
  const call = prepareCall(request);
  const policy = resolveOutboundRetry(request.retry);
  const sleep = context.sleep ?? delay;
  let waitedMs = 0;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await sendAttempt(call, context, attempt);
    } catch (error) {
      const failure = error instanceof HttpCallError ? error : new HttpCallError("network", call.redactor.text(String(error)), false);
      const wait = policy && isRetriableFailure(failure, call.method, policy)
        ? nextRetryWaitMs(policy, attempt, waitedMs, failure.retryAfterMs, context.random ?? Math.random)
        : undefined;
      if (wait === undefined) {
        if (attempt > 1) failure.message += ` Gave up after ${attempt} attempts${waitedMs > 0 ? ` and ${describeWait(waitedMs)} of waiting` : ""}.`;
        throw failure;
      }
      await sleep(wait);
      waitedMs += wait;
    }
  }
}

function prepareCall(request: OutboundRequest): PreparedCall {
  const url = new URL(request.url);
  for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, value);
  const headers: Record<string, string> = { "user-agent": "Junction/0.1", ...request.headers };
  let body: string | undefined;
  if (request.body !== undefined && request.body !== null) {
    body = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    if (typeof request.body !== "string" && !Object.keys(headers).some((name) => name.toLowerCase() === "content-type")) {
      headers["content-type"] = "application/json";
    }
  }
  const credential = injectedCredential(request.auth);
  return {
    method: request.method.toUpperCase(),
    url,
    headers,
    body,
    credential,
    redactor: createCallRedactor(credential, headers, url),
    service: request.service ?? url.host,
    timeoutMs: request.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
}
