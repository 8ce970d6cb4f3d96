import { NonRetriableError, RetryAfterError } from "inngest";
import { ZodError } from "zod";
import { ConnectorActionError } from "@/core/connectors";
import { DomainError } from "@/core/errors/domain-errors";
import { retryDelayMs, shouldRetry, type RetryPolicy } from "@/core/workflow";
import { HttpCallError } from "@/server/http/http-errors";

export function errorMessageOf(error: unknown): string {
  if (error instanceof ZodError) return `The action's input is not valid: ${error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ")}`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Turns an action failure into what Inngest understands, applying the node's retry policy from the attempt
 * number: another attempt after the policy's backoff (or the server's Retry-After), or a final failure.
 */
export function toStepFailure(error: unknown, policy: RetryPolicy | undefined, attempt: number): Error {
  const message = errorMessageOf(error);
  // Bad input, and refusals such as a chain of events that is too deep, give the same answer on every attempt.
  const retriable = error instanceof HttpCallError ? error.retriable : !(error instanceof ZodError || error instanceof DomainError || error instanceof ConnectorActionError || error instanceof NonRetriableError);
  if (!retriable || !shouldRetry(policy, attempt)) return new NonRetriableError(message, { cause: error });
  const retryAfterMs = error instanceof HttpCallError ? error.retryAfterMs : undefined;
  return new RetryAfterError(message, Math.max(1, retryDelayMs(policy, attempt, { retryAfterMs })), { cause: error });
}
