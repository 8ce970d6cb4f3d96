import jsonata from "jsonata";
import { ExpressionError, asJsonataFailure, quoteExpression } from "./expression-error";

/** A JSONata expression that parsed. Evaluate it with `evaluateExpression`. */
export interface CompiledExpression {
  readonly source: string;
  /**
   * JSONata fixes its guardrails (timeout, stack depth) when an expression is compiled, so one
   * parsed instance is kept per limit pair; concurrent evaluations never share mutable limits.
   */
  readonly instances: Map<string, jsonata.Expression>;
}

export interface GuardrailOptions {
  timeoutMs: number;
  maxDepth: number;
}

/** Parses a JSONata expression, or throws an `ExpressionError` of kind "syntax" with JSONata's position. */
export function compileExpression(source: string): CompiledExpression {
  if (source.trim() === "") {
    throw new ExpressionError("syntax", "The expression is empty; write a JSONata expression such as trigger.body.id.", source);
  }
  try {
    jsonata(source);
  } catch (error) {
    const failure = asJsonataFailure(error);
    const where = failure.position === undefined ? "" : ` at position ${failure.position}`;
    throw new ExpressionError(
      "syntax",
      `Expression ${quoteExpression(source)} has a syntax error${where}: ${failure.message ?? "unparsable"}`,
      source,
      { position: failure.position, token: failure.token, code: failure.code },
    );
  }
  return { source, instances: new Map() };
}

/** The parsed JSONata instance enforcing the given guardrails. */
export function guardedInstance(compiled: CompiledExpression, guardrails: GuardrailOptions): jsonata.Expression {
  const key = `${guardrails.timeoutMs}:${guardrails.maxDepth}`;
  let instance = compiled.instances.get(key);
  if (!instance) {
    instance = jsonata(compiled.source, { timeout: guardrails.timeoutMs, stack: guardrails.maxDepth });
    compiled.instances.set(key, instance);
  }
  return instance;
}
