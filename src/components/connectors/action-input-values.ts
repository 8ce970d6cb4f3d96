import type { ActionFormField } from "./action-form-fields";

/**
 * The form's texts → the action node's `input`: only filled fields, each parsed to its JSON type. A value may be a
 * `{{ template }}` wherever the workflow allows one (any string), so a number, list or JSON field that starts with
 * `{{` is kept as the template text; the engine renders a lone `{{ expr }}` to the expression's raw value.
 */

export interface ActionInputResult {
  input: Record<string, unknown>;
  /** Field name → what is wrong with its text. */
  errors: Record<string, string>;
  /** Required fields left empty, by name. */
  missing: string[];
}

/** True when the text is (or starts) a `{{ }}` template rather than a literal. */
export function isTemplateText(text: string): boolean {
  return text.trimStart().startsWith("{{");
}

/**
 * Splits a list typed as "a, b" or one item per line. Commas inside a `{{ }}` placeholder do not split
 * (`{{ $join(tags, ",") }}` stays one item); blank items are dropped.
 */
export function splitListText(text: string): string[] {
  const items: string[] = [];
  let current = "";
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const pair = text.slice(index, index + 2);
    if (pair === "{{") {
      depth++;
      current += pair;
      index++;
    } else if (pair === "}}" && depth > 0) {
      depth--;
      current += pair;
      index++;
    } else if (depth === 0 && (text[index] === "," || text[index] === "\n")) {
      items.push(current);
      current = "";
    } else {
      current += text[index];
    }
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

/** A text that is one `{{ … }}` and nothing else: the whole value comes from the run. */
function isSoleTemplate(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.startsWith("{{") && trimmed.endsWith("}}") && splitListText(trimmed).length === 1 && trimmed.indexOf("{{", 2) === -1;
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

/** A bound as people read it: 99999999 → "99,999,999". */
export function formatBound(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 20 });
}

function describeRange(field: ActionFormField): string {
  if (field.minimum !== undefined && field.maximum !== undefined) return `from ${formatBound(field.minimum)} to ${formatBound(field.maximum)}`;
  if (field.minimum !== undefined) return `of at least ${formatBound(field.minimum)}`;
  return `of at most ${formatBound(field.maximum!)}`;
}

function parseNumber(field: ActionFormField, text: string): Parsed {
  const trimmed = text.trim();
  if (isTemplateText(trimmed)) return { ok: true, value: trimmed };
  const value = Number(trimmed);
  const what = field.kind === "integer" ? "a whole number" : "a number";
  if (!Number.isFinite(value) || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) {
    return { ok: false, error: `Enter ${what}, or a {{ template }}.` };
  }
  if (field.kind === "integer" && !Number.isInteger(value)) return { ok: false, error: "Enter a whole number." };
  if ((field.minimum !== undefined && value < field.minimum) || (field.maximum !== undefined && value > field.maximum)) {
    return { ok: false, error: `Enter ${what} ${describeRange(field)}.` };
  }
  return { ok: true, value };
}

function parseJson(field: ActionFormField, text: string): Parsed {
  const trimmed = text.trim();
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    if (isTemplateText(trimmed)) return { ok: true, value: trimmed };
    const reason = error instanceof Error ? error.message.replace(/^JSON\.parse: /, "") : "it does not parse";
    return { ok: false, error: `Not valid JSON: ${reason}` };
  }
  if (field.jsonShape === "object" && (typeof value !== "object" || value === null || Array.isArray(value))) {
    return { ok: false, error: 'Enter a JSON object, such as {"key": "value"}.' };
  }
  if (field.jsonShape === "array" && !Array.isArray(value)) return { ok: false, error: "Enter a JSON list, such as [1, 2]." };
  return { ok: true, value };
}

function parseEnum(field: ActionFormField, text: string): Parsed {
  const option = field.options?.find((candidate) => candidate.value === text);
  if (!option) return { ok: false, error: "Choose one of the options." };
  return { ok: true, value: JSON.parse(option.value) as unknown };
}

/** One field's text as its JSON value; undefined when the field is left empty. */
export function parseFieldText(field: ActionFormField, text: string): Parsed | undefined {
  if (text.trim() === "") return undefined;
  switch (field.kind) {
    case "text":
    case "long-text":
      return { ok: true, value: text };
    case "number":
    case "integer":
      return parseNumber(field, text);
    case "boolean":
      return text === "true" || text === "false" ? { ok: true, value: text === "true" } : { ok: false, error: "Choose on or off." };
    case "enum":
      return parseEnum(field, text);
    case "string-list":
      return { ok: true, value: isSoleTemplate(text) ? text.trim() : splitListText(text) };
    case "json":
      return parseJson(field, text);
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The node's `input` from the form: filled fields only, in the form's order. A field still at its default is left
 * out (the action applies the default anyway), as is an empty one.
 */
export function buildActionInput(fields: readonly ActionFormField[], values: Readonly<Record<string, string>>): ActionInputResult {
  const input: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  const missing: string[] = [];
  for (const field of fields) {
    const parsed = parseFieldText(field, values[field.name] ?? "");
    if (parsed === undefined) {
      if (field.required) missing.push(field.name);
      continue;
    }
    if (!parsed.ok) {
      errors[field.name] = parsed.error;
      continue;
    }
    if (field.defaultText !== undefined && sameJson(parsed.value, field.defaultValue)) continue;
    input[field.name] = parsed.value;
  }
  return { input, errors, missing };
}
