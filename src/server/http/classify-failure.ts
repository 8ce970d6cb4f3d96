import type { Headers } from "undici";
import { AuthError, ClientError, HttpCallError, NetworkError, RateLimitError, ServerError, type CredentialNoun } from "./http-errors";
import { isRateLimitResponse, retryAfterMs } from "./parse-retry-after";
import { errorDetailOf } from "./error-detail";

export interface FailureContext {
  service: string;
  credential: CredentialNoun;
  timeoutMs: number;
  /** Whether the response headers had arrived when the call failed. */
  phase: "connect" | "body";
  /** Removes the call's secrets from text; applied before the API's detail is shortened, so none is cut in half. */
  scrub: (text: string) => string;
}


/** The taxonomy class for an HTTP status, or null for success. */
export function classifyStatus(status: number, headers: Headers, body: unknown, context: FailureContext, now = Date.now()): HttpCallError | null {
  if (status < 400) return null;
  const detail = errorDetailOf(body, context.scrub);
  if (isRateLimitResponse(status, headers)) return new RateLimitError(status, retryAfterMs(status, headers, now), detail, context.service);
  if (status === 401 || status === 403) return new AuthError(status, detail, context.service, context.credential);
  if (status >= 500) return new ServerError(status, retryAfterMs(status, headers, now), detail, context.service);
  return new ClientError(status, detail, context.service);
}

// Failures before the connection was established: not one byte of the request reached the server.
const NOT_SENT: Record<string, string> = {
  ECONNREFUSED: "the connection was refused",
  ENOTFOUND: "the host name does not resolve",
  EAI_AGAIN: "DNS lookup failed temporarily",
  ENETUNREACH: "the network is unreachable",
  EHOSTUNREACH: "the host is unreachable",
  UND_ERR_CONNECT_TIMEOUT: "the connection could not be opened in time",
};
const SENT: Record<string, string> = {
  ECONNRESET: "the connection was reset",
  EPIPE: "the connection was closed while sending",
  UND_ERR_HEADERS_TIMEOUT: "the server sent no headers in time",
  UND_ERR_BODY_TIMEOUT: "the server stopped sending the body",
  UND_ERR_SOCKET: "the connection broke",
};

/** A thrown error (fetch's TypeError, an abort, our own classes deep in a cause chain) as a taxonomy class. */
export function classifyThrown(error: unknown, context: FailureContext): HttpCallError {
  for (let link: unknown = error; link instanceof Error; link = link.cause) {
    if (link instanceof HttpCallError) return link;
  }
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return new NetworkError(
      context.phase === "body"
        ? `the body stopped arriving; no complete answer within ${context.timeoutMs} ms`
        : `no answer within ${context.timeoutMs} ms`,
      context.service,
    );
  }
  const codes = errorCodes(error);
  const notSent = codes.find((code) => code in NOT_SENT);
  if (notSent) return new NetworkError(NOT_SENT[notSent]!, context.service, false);
  const sent = codes.find((code) => code in SENT);
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  const detail = sent ? SENT[sent]! : (cause ?? (error instanceof Error ? error.message : "unknown error"));
  return new NetworkError(context.phase === "body" ? `${detail} while the body was arriving` : detail, context.service);
}

/** Every `code` along the cause chain, including the per-address errors of an AggregateError (Happy Eyeballs). */
function errorCodes(error: unknown, depth = 0): string[] {
  if (!(error instanceof Error) || depth > 8) return [];
  const own = (error as { code?: unknown }).code;
  const nested = error instanceof AggregateError ? error.errors.flatMap((inner: unknown) => errorCodes(inner, depth + 1)) : [];
  return [...(typeof own === "string" ? [own] : []), ...nested, ...errorCodes(error.cause, depth + 1)];
}
