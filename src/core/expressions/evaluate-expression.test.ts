import { describe, expect, it } from "vitest";
import { compileExpression } from "./compile-expression";
import { evaluateExpression } from "./evaluate-expression";
import { ExpressionError } from "./expression-error";

async function failure(promise: Promise<unknown>): Promise<ExpressionError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ExpressionError)) throw new Error(`expected an ExpressionError, got ${String(error)}`);
  return error;
}

describe("compileExpression", () => {
  it("compiles valid JSONata", () => {
    expect(compileExpression("trigger.body.name").source).toBe("trigger.body.name");
  });

  it("throws a syntax error with JSONata's position", () => {
    const error = (() => {
      try {
        compileExpression("trigger.body.(name");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ExpressionError);
    expect(error).toMatchObject({ kind: "syntax", position: 18, details: { code: "S0203" } });
    expect((error as ExpressionError).message).toMatch(/^Expression "trigger.body.\(name" has a syntax error at position 18: Expected "\)"/);
  });

  it("rejects an empty expression", () => {
    expect(() => compileExpression("  ")).toThrow(/empty/);
  });
});

describe("evaluateExpression", () => {
  it("evaluates over the input with bindings and returns plain JSON", async () => {
    const result = await evaluateExpression("steps.items[price > $min].name", { steps: { items: [{ name: "a", price: 1 }, { name: "b", price: 5 }, { name: "c", price: 9 }] } }, { bindings: { min: 2 } });
    expect(result).toEqual(["b", "c"]);
    expect(Object.keys(result as object)).toEqual(["0", "1"]);
  });

  it("returns undefined when nothing matches, and accepts a compiled expression", async () => {
    expect(await evaluateExpression(compileExpression("missing.field"), {})).toBeUndefined();
  });

  it("reports evaluation errors with their position", async () => {
    const error = await failure(evaluateExpression('$number("x") + 1', {}));
    expect(error.kind).toBe("evaluation");
    expect(error.message).toMatch(/^Expression "\$number\(\\"x\\"\) \+ 1" failed at position \d+: /);
  });

  it("stops an endless tail recursion with a timeout", async () => {
    const started = Date.now();
    const error = await failure(evaluateExpression("($f := function($x){$f($x)}; $f(1))", {}, { timeoutMs: 100 }));
    expect(error.kind).toBe("timeout");
    expect(error.message).toMatch(/ran longer than 100 ms/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("stops deep non-tail recursion at the depth limit", async () => {
    const error = await failure(evaluateExpression("($f := function($x){ 1 + $f($x) }; $f(1))", {}, { maxDepth: 50 }));
    expect(error.kind).toBe("depth");
    expect(error.message).toMatch(/nested deeper than 50 levels/);
  });

  it("allows recursion that stays within the depth limit", async () => {
    expect(await evaluateExpression("($f := function($n){ $n <= 1 ? 1 : $n * $f($n - 1) }; $f(5))", {})).toBe(120);
  });

  it("caps the size of the output", async () => {
    const error = await failure(evaluateExpression("[1..1000]", {}, { maxOutputBytes: 1_000 }));
    expect(error.kind).toBe("size");
    expect(error.message).toMatch(/produced 3894 bytes of JSON, more than the 1000-byte limit/);
    expect(await evaluateExpression("[1..10]", {}, { maxOutputBytes: 1_000 })).toHaveLength(10);
  });

  it("counts multi-byte characters as UTF-8 bytes", async () => {
    const error = await failure(evaluateExpression('$pad("", 400, "é")', {}, { maxOutputBytes: 500 }));
    expect(error.kind).toBe("size");
    expect(error.message).toMatch(/802 bytes/);
  });
});
