import { ConnectorActionError } from "@/core/connectors";
import { DomainError } from "@/core/errors/domain-errors";
import { HttpCallError } from "@/server/http/http-errors";
import { logger } from "@/server/log/logger";
import { OAuthReconnectRequiredError, OAuthTokenRequestError } from "@/server/oauth/oauth-errors";

/** `last_error` is shown as is; a longer message is cut. */
export const MAX_POLL_ERROR_CHARS = 1_000;

export interface PollFailure {
  message: string;
  /** The API's Retry-After, when it gave one. */
  retryAfterMs?: number;
}

export const capPollError = (message: string) => (message.length > MAX_POLL_ERROR_CHARS ? `${message.slice(0, MAX_POLL_ERROR_CHARS - 1)}…` : message);

/**
 * What a failed poll records. Only errors whose messages are written for people — and never carry a credential (the
 * outbound client scrubs the call's secrets from HTTP errors) — are kept as they are; anything else (a database
 * error's text can hold a query's bound values) is logged through the logger, which drops those, and recorded as a
 * generic message.
 */
export function pollFailureOf(error: unknown, context: { pollId: string; triggerId: string }): PollFailure {
  if (error instanceof HttpCallError) return { message: error.message, ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}) };
  if (error instanceof ConnectorActionError || error instanceof DomainError || error instanceof OAuthTokenRequestError || error instanceof OAuthReconnectRequiredError) {
    return { message: error.message };
  }
  logger.warn({ ...context, err: error }, "a connector trigger poll failed unexpectedly");
  return { message: "The poll failed unexpectedly (the server log has the details); it is tried again later." };
}
