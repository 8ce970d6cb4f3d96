/**
 * The outbound error taxonomy. Each message says who answered what and what the user can do; `retriable`
 * and `retryAfterMs` tell the client's and the step's retry policies whether and when to try again.
 * `service` is the API's display name ("GitHub") or, without one, the host called.
 */
export type HttpErrorKind = "auth" | "rate_limit" | "client" | "server" | "network" | "blocked" | "too_large";

export class HttpCallError extends Error {
  constructor(
    readonly kind: HttpErrorKind,
    message: string,
    readonly retriable: boolean,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "HttpCallError";
  }
}

/** What the rejected credential was, for the message: "the token was rejected". */
export type CredentialNoun = "token" | "API key" | "user name or password" | "credentials";

export class AuthError extends HttpCallError {
  constructor(status: number, detail: string, service = "The API", credential: CredentialNoun = "credentials") {
    const rejected = credential === "credentials" || credential === "user name or password" ? "were rejected" : "was rejected";
    super(
      "auth",
      status === 403
        ? `${service} answered 403: the ${credential} may not do this (${detail}); check the connection's permissions or scopes, or reconnect it with more access.`
        : `${service} answered ${status}: the ${credential} ${rejected} (${detail}); reconnect the connection or update its credentials.`,
      false,
      status,
    );
    this.name = "AuthError";
  }
}

export class RateLimitError extends HttpCallError {
  constructor(status: number, retryAfterMs: number | undefined, detail: string, service = "The API") {
    const when = retryAfterMs === undefined ? "Wait a moment before trying again" : `Try again in ${describeWait(retryAfterMs)}`;
    super("rate_limit", `${service} answered ${status}: rate limit reached (${detail}). ${when}, or lower how often the workflow calls it.`, true, status, retryAfterMs);
    this.name = "RateLimitError";
  }
}

export class ClientError extends HttpCallError {
  constructor(status: number, detail: string, service = "The API") {
    super(
      "client",
      status === 404
        ? `${service} answered 404: not found (${detail}). Check the URL and the ids in the step's input.`
        : `${service} answered ${status}: the request was rejected (${detail}). Check the step's input.`,
      false,
      status,
    );
    this.name = "ClientError";
  }
}

export class ServerError extends HttpCallError {
  constructor(status: number, retryAfterMs: number | undefined, detail: string, service = "The API") {
    super("server", `${service} answered ${status}: the service failed (${detail}). This is usually temporary; the call can be retried.`, true, status, retryAfterMs);
    this.name = "ServerError";
  }
}

export class NetworkError extends HttpCallError {
  /**
   * @param requestSent false when the connection was never established (refused, unreachable, DNS), so not a
   * byte of the request left: even a POST may then be retried safely.
   */
  constructor(
    detail: string,
    service = "the API",
    readonly requestSent = true,
  ) {
    super("network", `Could not reach ${service}: ${detail}.`, true);
    this.name = "NetworkError";
  }
}

export class BlockedDestinationError extends HttpCallError {
  constructor(detail: string) {
    super("blocked", `Refused to call this address: ${detail}.`, false);
    this.name = "BlockedDestinationError";
  }
}

export class ResponseTooLargeError extends HttpCallError {
  constructor(limitBytes: number, service = "The API") {
    super("too_large", `The response from ${service} is larger than ${Math.round(limitBytes / 1024)} KiB and was not read. Ask for fewer items per page.`, false);
    this.name = "ResponseTooLargeError";
  }
}

/** A 2xx whose JSON body cannot be parsed: the same answer on every attempt, so not retriable. */
export class MalformedJsonError extends HttpCallError {
  constructor(status: number, url: string, position: number | undefined, size: number, service = "The API") {
    const where = position === undefined ? "" : ` at position ${position} of ${size} characters`;
    super("server", `${service} answered ${status} with malformed JSON${where} (${url}). The API sent a body that is not valid JSON; check the URL or ask for a JSON response.`, false, status);
    this.name = "MalformedJsonError";
  }
}

/** Pagination that cannot go on (a repeated cursor, a page without a list). */
export class PaginationError extends HttpCallError {
  constructor(message: string) {
    super("client", message, false);
    this.name = "PaginationError";
  }
}

export function describeWait(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  if (ms < 120_000) return `${Math.round(ms / 1000)} s`;
  return `${Math.round(ms / 60_000)} min`;
}
