import type { Agent } from "undici";
import { fetch, type Headers } from "undici";
import {
  AuthError,
  ClientError,
  HttpCallError,
  NetworkError,
  RateLimitError,
  ResponseTooLargeError,
  ServerError,
} from "./http-errors";
import { retryAfterMs } from "./parse-retry-after";
import { redactHeaders } from "./redact-headers";
import { assertAllowedUrl, type DestinationPolicy } from "./ssrf-guard";

export interface OutboundRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  timeoutMs?: number;
}

export interface OutboundResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  durationMs: number;
}

/** What the step log keeps of a call: never a credential, never the response body. */
export interface HttpCallLog {
  method: string;
  url: string;
  requestHeaders: Record<string, string>;
  status?: number;
  durationMs: number;
  error?: string;
  startedAt: string;
}

export interface HttpClientContext {
  agent: Agent;
  policy: DestinationPolicy;
  maxResponseBytes: number;
  onCall?: (log: HttpCallLog) => void;
}

const MAX_REDIRECTS = 5;

/** One outbound call: SSRF-checked (also on every redirect), timed out, size-capped, errors classified, logged. */
export async function httpRequest(request: OutboundRequest, context: HttpClientContext): Promise<OutboundResponse> {
  const started = Date.now();
  let url = new URL(request.url);
  for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, value);
  const headers: Record<string, string> = { "user-agent": "Junction/0.1", ...request.headers };
  let body: string | undefined;
  if (request.body !== undefined && request.body !== null) {
    body = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    if (typeof request.body !== "string") headers["content-type"] ??= "application/json";
  }
  let method = request.method.toUpperCase();
  const log = (status?: number, error?: string) =>
    context.onCall?.({
      method,
      url: redactUrl(url),
      requestHeaders: redactHeaders(headers),
      status,
      durationMs: Date.now() - started,
      error,
      startedAt: new Date(started).toISOString(),
    });

  try {
    for (let hop = 0; ; hop += 1) {
      assertAllowedUrl(url, context.policy);
      const response = await fetch(url, {
        method,
        headers,
        body: method === "GET" || method === "HEAD" ? undefined : body,
        redirect: "manual",
        dispatcher: context.agent,
        signal: AbortSignal.timeout(request.timeoutMs ?? 30_000),
      });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS) throw new ClientError(response.status, `more than ${MAX_REDIRECTS} redirects`);
        url = new URL(location, url);
        if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === "POST")) {
          method = "GET";
          body = undefined;
        }
        continue;
      }
      const parsed = await readBody(response, context.maxResponseBytes);
      const result: OutboundResponse = {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: parsed,
        durationMs: Date.now() - started,
      };
      const failure = classifyStatus(response.status, response.headers, parsed);
      log(response.status, failure?.message);
      if (failure) throw failure;
      return result;
    }
  } catch (error) {
    if (error instanceof HttpCallError) {
      if (error.status === undefined) log(undefined, error.message);
      throw error;
    }
    const classified = classifyThrown(error, request.timeoutMs ?? 30_000);
    log(undefined, classified.message);
    throw classified;
  }
}

async function readBody(response: Awaited<ReturnType<typeof fetch>>, limit: number): Promise<unknown> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel();
    throw new ResponseTooLargeError(limit);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > limit) throw new ResponseTooLargeError(limit);
      chunks.push(chunk);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  const type = response.headers.get("content-type") ?? "";
  if (!/\bjson\b/i.test(type)) return text;
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpCallError("server", `The API answered HTTP ${response.status} with malformed JSON.`, false, response.status);
  }
}

function detailOf(body: unknown): string {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return (text ?? "").replace(/\s+/g, " ").slice(0, 200) || "no details";
}

function classifyStatus(status: number, headers: Headers, body: unknown): HttpCallError | null {
  if (status < 400) return null;
  const detail = detailOf(body);
  if (status === 401 || status === 403) return new AuthError(status, detail);
  if (status === 429) return new RateLimitError(status, retryAfterMs(headers), detail);
  if (status >= 500) return new ServerError(status, retryAfterMs(headers), detail);
  return new ClientError(status, detail);
}

function classifyThrown(error: unknown, timeoutMs: number): HttpCallError {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return new NetworkError(`no answer within ${timeoutMs} ms`);
  }
  for (let link: unknown = error; link instanceof Error; link = link.cause) {
    if (link instanceof HttpCallError) return link;
  }
  const cause = error instanceof Error ? (error.cause as (Error & { code?: string }) | undefined) : undefined;
  const code = cause?.code ?? (error as { code?: string } | null)?.code;
  const reasons: Record<string, string> = {
    ECONNREFUSED: "the connection was refused",
    ECONNRESET: "the connection was reset",
    ENOTFOUND: "the host name does not resolve",
    EAI_AGAIN: "DNS lookup failed temporarily",
    UND_ERR_HEADERS_TIMEOUT: "the server sent no headers in time",
    UND_ERR_BODY_TIMEOUT: "the server stopped sending the body",
    UND_ERR_SOCKET: "the connection broke",
  };
  return new NetworkError(reasons[code ?? ""] ?? cause?.message ?? (error instanceof Error ? error.message : "unknown error"));
}

function redactUrl(url: URL): string {
  const copy = new URL(url);
  for (const key of [...copy.searchParams.keys()]) {
    if (/(key|token|secret|signature|password|auth)/i.test(key)) copy.searchParams.set(key, "[redacted]");
  }
  return copy.toString();
}
