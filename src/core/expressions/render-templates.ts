import type { EvaluateOptions } from "./evaluate-expression";
import { evaluateExpression } from "./evaluate-expression";
import { ExpressionError } from "./expression-error";
import { compileTemplate, containsTemplate, renderTemplate, soleExpression } from "./template";

/** A template that failed inside a larger value, with the JSON path of the string that held it. */
export class TemplateRenderError extends Error {
  constructor(
    readonly path: string,
    readonly failure: ExpressionError,
  ) {
    super(path === "" ? failure.message : `${path}: ${failure.message}`);
    this.name = "TemplateRenderError";
  }
}

/**
 * Renders every template string inside a JSON value (object keys stay as they are). A string that
 * is exactly one `{{ expr }}` becomes the expression's raw value, so `"{{ steps.fetch.items }}"`
 * yields an array rather than its JSON text; a placeholder that matched nothing yields null there.
 */
export async function renderTemplates(value: unknown, scope: unknown, options: EvaluateOptions = {}): Promise<unknown> {
  return renderAt(value, scope, options, "");
}

async function renderAt(value: unknown, scope: unknown, options: EvaluateOptions, path: string): Promise<unknown> {
  if (typeof value === "string") return renderString(value, scope, options, path);
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const [index, item] of value.entries()) items.push(await renderAt(item, scope, options, `${path}[${index}]`));
    return items;
  }
  if (typeof value === "object" && value !== null) {
    const rendered: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) rendered[key] = await renderAt(item, scope, options, joinPath(path, key));
    return rendered;
  }
  return value;
}

async function renderString(value: string, scope: unknown, options: EvaluateOptions, path: string): Promise<unknown> {
  if (!containsTemplate(value)) return value;
  try {
    const template = compileTemplate(value);
    const sole = soleExpression(template);
    if (sole) return (await evaluateExpression(sole, scope, options)) ?? null;
    return await renderTemplate(template, scope, options);
  } catch (error) {
    if (error instanceof ExpressionError) throw new TemplateRenderError(path, error);
    throw error;
  }
}

/** Every template string inside a JSON value, with its path, for compile-time checks. */
export function collectTemplateStrings(value: unknown, path = ""): { path: string; template: string }[] {
  if (typeof value === "string") return containsTemplate(value) ? [{ path, template: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => collectTemplateStrings(item, `${path}[${index}]`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => collectTemplateStrings(item, joinPath(path, key)));
  }
  return [];
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends a key to a JSON path: `input.url`, or `input["content-type"]` for keys that are not identifiers. */
export function joinPath(path: string, key: string): string {
  if (PLAIN_KEY.test(key)) return path === "" ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}
