import { type CompiledExpression, compileExpression, guardedInstance } from "./compile-expression";
import { ExpressionError, asJsonataFailure, quoteExpression } from "./expression-error";

export interface ExpressionLimits {
  /** Wall-clock budget, checked by JSONata each time it evaluates a sub-expression. */
  timeoutMs: number;
  /** Maximum nesting of sub-expression evaluations; unbounded recursion hits this first. */
  maxDepth: number;
  /** Maximum size of the result serialised as JSON, in UTF-8 bytes. */
  maxOutputBytes: number;
}

export const DEFAULT_EXPRESSION_LIMITS: ExpressionLimits = {
  timeoutMs: 1_000,
  maxDepth: 200,
  maxOutputBytes: 1024 * 1024,
};

export interface EvaluateOptions extends Partial<ExpressionLimits> {
  /** Variables visible as `$name` inside the expression. */
  bindings?: Record<string, unknown>;
}

// JSONata's own codes for its guardrails (jsonata.js: D1011 stack, D1012 timeout).
const DEPTH_EXCEEDED = "D1011";
const TIMED_OUT = "D1012";

const utf8 = new TextEncoder();

/**
 * Evaluates a JSONata expression over `input` within time, depth and output-size limits. The result
 * is plain JSON (JSONata's internal sequence markers and functions are dropped), or `undefined` when
 * the expression matched nothing. Throws `ExpressionError` with a kind saying which limit or step failed.
 */
export async function evaluateExpression(
  expression: CompiledExpression | string,
  input: unknown,
  options: EvaluateOptions = {},
): Promise<unknown> {
  const compiled = typeof expression === "string" ? compileExpression(expression) : expression;
  const limits = { ...DEFAULT_EXPRESSION_LIMITS, ...withoutUndefined(options) };
  const instance = guardedInstance(compiled, limits);

  let result: unknown;
  try {
    result = await instance.evaluate(input, options.bindings);
  } catch (error) {
    throw translateEvaluationError(compiled.source, error, limits);
  }
  return toBoundedJson(compiled.source, result, limits.maxOutputBytes);
}

function translateEvaluationError(source: string, error: unknown, limits: ExpressionLimits): ExpressionError {
  const failure = asJsonataFailure(error);
  const details = { position: failure.position, token: failure.token, code: failure.code };
  const quoted = quoteExpression(source);
  if (failure.code === TIMED_OUT) {
    return new ExpressionError("timeout", `Expression ${quoted} ran longer than ${limits.timeoutMs} ms; check it for an endless loop or recursion.`, source, details);
  }
  if (failure.code === DEPTH_EXCEEDED) {
    return new ExpressionError(
      "depth",
      `Expression ${quoted} nested deeper than ${limits.maxDepth} levels; a recursive function probably lacks a base case.`,
      source,
      details,
    );
  }
  const where = failure.position === undefined ? "" : ` at position ${failure.position}`;
  return new ExpressionError("evaluation", `Expression ${quoted} failed${where}: ${failure.message ?? "unknown error"}`, source, details);
}

function toBoundedJson(source: string, result: unknown, maxOutputBytes: number): unknown {
  if (result === undefined) return undefined;
  const json = JSON.stringify(result);
  // A bare function (a lambda returned by the expression) has no JSON form.
  if (json === undefined) return undefined;
  // A UTF-16 code unit is at most 3 UTF-8 bytes, so short results skip the encoding.
  const bytes = json.length * 3 <= maxOutputBytes ? json.length : utf8.encode(json).length;
  if (bytes > maxOutputBytes) {
    throw new ExpressionError(
      "size",
      `Expression ${quoteExpression(source)} produced ${bytes} bytes of JSON, more than the ${maxOutputBytes}-byte limit; select fewer fields or items.`,
      source,
    );
  }
  return JSON.parse(json) as unknown;
}

function withoutUndefined(options: EvaluateOptions): Partial<ExpressionLimits> {
  const limits: Partial<ExpressionLimits> = {};
  if (options.timeoutMs !== undefined) limits.timeoutMs = options.timeoutMs;
  if (options.maxDepth !== undefined) limits.maxDepth = options.maxDepth;
  if (options.maxOutputBytes !== undefined) limits.maxOutputBytes = options.maxOutputBytes;
  return limits;
}
