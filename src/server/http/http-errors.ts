/**
 * The outbound error taxonomy. Each message says what happened and what the user can do; `retriable`
 * and `retryAfterMs` tell the step's retry policy whether and when to try again.
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

export class AuthError extends HttpCallError {
  constructor(status: number, detail: string) {
    super("auth", `The API refused the credentials (HTTP ${status}): ${detail}. Check or reconnect the connection.`, false, status);
    this.name = "AuthError";
  }
}

export class RateLimitError extends HttpCallError {
  constructor(status: number, retryAfterMs: number | undefined, detail: string) {
    super("rate_limit", `The API is rate limiting requests (HTTP ${status}): ${detail}.`, true, status, retryAfterMs);
    this.name = "RateLimitError";
  }
}

export class ClientError extends HttpCallError {
  constructor(status: number, detail: string) {
    super("client", `The API rejected the request (HTTP ${status}): ${detail}. Check the step's input.`, false, status);
    this.name = "ClientError";
  }
}

export class ServerError extends HttpCallError {
  constructor(status: number, retryAfterMs: number | undefined, detail: string) {
    super("server", `The API failed (HTTP ${status}): ${detail}. It will be retried.`, true, status, retryAfterMs);
    this.name = "ServerError";
  }
}

export class NetworkError extends HttpCallError {
  constructor(detail: string) {
    super("network", `Could not reach the API: ${detail}.`, true);
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
  constructor(limitBytes: number) {
    super("too_large", `The response is larger than ${Math.round(limitBytes / 1024)} KiB and was not read.`, false);
    this.name = "ResponseTooLargeError";
  }
}
