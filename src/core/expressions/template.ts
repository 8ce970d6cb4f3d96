import { type CompiledExpression, compileExpression } from "./compile-expression";
import { type EvaluateOptions, evaluateExpression } from "./evaluate-expression";
import { ExpressionError, quoteExpression } from "./expression-error";

const OPEN = "{{";
const CLOSE = "}}";

export type TemplatePart =
  | { kind: "text"; text: string }
  | { kind: "expression"; expression: CompiledExpression; offset: number };

/** A string with `{{ JSONata }}` placeholders, parsed once. */
export interface CompiledTemplate {
  readonly source: string;
  readonly parts: readonly TemplatePart[];
}

/** True when the string contains a `{{` placeholder, i.e. its value is only known at run time. */
export function containsTemplate(value: string): boolean {
  return value.includes(OPEN);
}

/**
 * Splits a template into text and expressions. Throws `ExpressionError` ("syntax") for an unclosed
 * placeholder or an expression that does not parse; positions are relative to the whole template.
 */
export function compileTemplate(source: string): CompiledTemplate {
  const parts: TemplatePart[] = [];
  let cursor = 0;
  while (cursor < source.length) {
    const open = source.indexOf(OPEN, cursor);
    if (open === -1) {
      parts.push({ kind: "text", text: source.slice(cursor) });
      break;
    }
    if (open > cursor) parts.push({ kind: "text", text: source.slice(cursor, open) });
    const bodyStart = open + OPEN.length;
    const close = findClosingBraces(source, bodyStart);
    if (close === -1) {
      throw new ExpressionError(
        "syntax",
        `Template ${quoteExpression(source)} opens "{{" at position ${open + 1} but never closes it; add "}}".`,
        source,
        { position: open + 1 },
      );
    }
    parts.push({ kind: "expression", expression: compileAt(source, bodyStart, close), offset: bodyStart });
    cursor = close + CLOSE.length;
  }
  return { source, parts };
}

function compileAt(template: string, start: number, end: number): CompiledExpression {
  const body = template.slice(start, end);
  try {
    return compileExpression(body);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    const position = error.position === undefined ? start + 1 : start + error.position;
    throw new ExpressionError("syntax", `Template ${quoteExpression(template)}: ${error.message}`, template, { ...error.details, position });
  }
}

/**
 * Finds the "}}" ending a placeholder, skipping braces inside JSONata object literals and quoted
 * strings, so `{{ {"a": {"b": 1}} }}` closes at the last pair, not the first.
 */
function findClosingBraces(source: string, from: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let index = from; index < source.length; index++) {
    const char = source[index];
    if (quote !== null) {
      if (char === "\\") index++;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'" || char === "`") quote = char;
    else if (char === "{") depth++;
    else if (char === "}") {
      if (depth === 0 && source[index + 1] === "}") return index;
      depth = Math.max(0, depth - 1);
    }
  }
  return -1;
}

/** Renders a template to a string: each placeholder's value is inserted as text (JSON for objects, "" for no match). */
export async function renderTemplate(template: CompiledTemplate | string, scope: unknown, options: EvaluateOptions = {}): Promise<string> {
  const compiled = typeof template === "string" ? compileTemplate(template) : template;
  let rendered = "";
  for (const part of compiled.parts) {
    rendered += part.kind === "text" ? part.text : stringifyValue(await evaluateExpression(part.expression, scope, options));
  }
  return rendered;
}

/** The expression of a template that is exactly one placeholder (surrounding blanks allowed), else undefined. */
export function soleExpression(template: CompiledTemplate): CompiledExpression | undefined {
  const meaningful = template.parts.filter((part) => part.kind === "expression" || part.text.trim() !== "");
  const [only] = meaningful;
  return meaningful.length === 1 && only?.kind === "expression" ? only.expression : undefined;
}

function stringifyValue(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}
