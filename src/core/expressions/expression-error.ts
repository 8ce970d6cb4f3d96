export type ExpressionErrorKind = "syntax" | "evaluation" | "timeout" | "depth" | "size";

/**
 * Why a JSONata expression could not be compiled or evaluated. `position` is the character offset
 * JSONata reports (1-based, pointing just past the offending token), relative to `source`.
 */
export class ExpressionError extends Error {
  constructor(
    readonly kind: ExpressionErrorKind,
    message: string,
    readonly source: string,
    readonly details: { position?: number; token?: string; code?: string } = {},
  ) {
    super(message);
    this.name = "ExpressionError";
  }

  get position(): number | undefined {
    return this.details.position;
  }
}

const MAX_QUOTED_SOURCE = 120;

/** Quotes an expression for a message, shortening long ones so errors stay readable. */
export function quoteExpression(source: string): string {
  const trimmed = source.trim();
  const shown = trimmed.length > MAX_QUOTED_SOURCE ? `${trimmed.slice(0, MAX_QUOTED_SOURCE)}…` : trimmed;
  return JSON.stringify(shown);
}

/** The fields JSONata puts on the plain objects it throws. */
export interface JsonataFailure {
  code?: string;
  message?: string;
  position?: number;
  token?: string;
}

export function asJsonataFailure(error: unknown): JsonataFailure {
  if (typeof error !== "object" || error === null) return { message: String(error) };
  const { code, message, position, token } = error as Record<string, unknown>;
  return {
    code: typeof code === "string" ? code : undefined,
    message: typeof message === "string" ? message : undefined,
    position: typeof position === "number" ? position : undefined,
    token: typeof token === "string" ? token : undefined,
  };
}
