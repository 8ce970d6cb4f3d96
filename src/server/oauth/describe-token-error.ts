import * as oauth from "oauth4webapi";
import { HttpCallError } from "@/server/http/http-errors";

/**
 * A message a person can act on for a failed token request, or undefined for an unexpected error. Never includes
 * a token: only the provider's error code and description.
 */
export function describeTokenError(provider: string, error: unknown): string | undefined {
  if (error instanceof oauth.ResponseBodyError) {
    const description = error.error_description ? `: ${error.error_description.slice(0, 200)}` : "";
    if (error.error === "invalid_client" || error.error === "unauthorized_client") {
      return `${provider} refused the OAuth app (${error.error}${description}); check its client id and secret.`;
    }
    return `${provider}'s token endpoint answered ${error.status} (${error.error}${description}).`;
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    // A 401 with a challenge: the token endpoint did not accept the client authentication.
    const code = error.cause[0]?.parameters.error ?? "invalid_client";
    return `${provider} refused the OAuth app (${code}, HTTP ${error.status}); check its client id and secret.`;
  }
  if (error instanceof HttpCallError) return `${provider}'s token endpoint could not be reached: ${error.message}`;
  if (error instanceof Error && error.name === "TimeoutError") return `${provider}'s token endpoint did not answer in time; try again.`;
  if (error instanceof oauth.OperationProcessingError) return `${provider}'s token endpoint sent a response that is not valid OAuth2 (${error.message}).`;
  if (error instanceof TypeError && error.message === "fetch failed") return `${provider}'s token endpoint could not be reached (${String((error.cause as Error | undefined)?.message ?? "network error")}).`;
  return undefined;
}
