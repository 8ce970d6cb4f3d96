import { run } from "@bufbuild/cel";
import type { Json } from "../storage/schema";

type Bindings = Record<string, Json>;

/** CEL numbers are doubles in JSON; cel-es wants plain values, which JSON data already is. */
function evaluate(expression: string, bindings: Bindings): unknown {
  try {
    return run(expression, bindings);
  } catch (error) {
    return error;
  }
}

/** A trigger/`if`/wait expression: only a boolean `true` matches; an evaluation error (e.g. a missing field) is false. */
export function matches(expression: string | null | undefined, bindings: Bindings): boolean {
  if (!expression) return true;
  return evaluate(expression, bindings) === true;
}

/** A key expression (idempotency, concurrency, throttle) rendered as a string; an error or a non-scalar yields "". */
export function evaluateKey(expression: string, bindings: Bindings): string {
  const value = evaluate(expression, bindings);
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  return "";
}
