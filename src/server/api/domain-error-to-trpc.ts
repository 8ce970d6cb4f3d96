import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { DomainError, type DomainErrorKind } from "@/core/errors/domain-errors";

const CODE_FOR_KIND: Record<DomainErrorKind, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHORIZED: "UNAUTHORIZED",
  CONFLICT: "CONFLICT",
  INVALID: "BAD_REQUEST",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  GONE: "PRECONDITION_FAILED",
};

/** The one place domain errors become transport errors. Anything else stays INTERNAL_SERVER_ERROR and its message is hidden. */
export function domainErrorToTRPC(error: unknown): TRPCError | null {
  if (!(error instanceof DomainError)) return null;
  return new TRPCError({ code: CODE_FOR_KIND[error.kind], message: error.message, cause: error });
}
