/**
 * Errors a service raises on purpose. Their messages are written for the person using the product
 * and are safe to show; the API layer maps each kind to one transport error in a single place.
 */
export type DomainErrorKind =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHORIZED"
  | "CONFLICT"
  | "INVALID"
  | "RATE_LIMITED"
  | "GONE";

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError("NOT_FOUND", `${what} not found.`);
export const forbidden = (message: string) => new DomainError("FORBIDDEN", message);
export const conflict = (message: string, field?: string) => new DomainError("CONFLICT", message, field);
export const invalid = (message: string, field?: string) => new DomainError("INVALID", message, field);
export const gone = (message: string) => new DomainError("GONE", message);
export const rateLimited = (message: string) => new DomainError("RATE_LIMITED", message);
