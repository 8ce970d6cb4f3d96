/**
 * An action's input JSON Schema (as `describeConnector` gives it: zod's `io: "input"` output, or a custom connector's
 * simplified OpenAPI schema) → the fields of a form. Pure, so the mapping is unit-tested without a browser.
 */

/** How a field is edited. Every kind's value is held as the text the user typed (see `action-input-values.ts`). */
export type ActionFieldKind =
  /** A one-line text input. */
  | "text"
  /** A textarea: a body, a message, Markdown, SQL… */
  | "long-text"
  | "number"
  | "integer"
  /** A switch: "true", "false" or "" (not set). */
  | "boolean"
  /** A select of the schema's `enum` / `const` values. */
  | "enum"
  /** A list of strings typed one per line or separated by commas. */
  | "string-list"
  /** Anything else (objects, arrays of objects, unions, unknown): JSON text. */
  | "json";

export interface ActionFieldOption {
  /** What the select shows. */
  label: string;
  /** The option's JSON (`"open"`, `3`, `true`), the form's value for it. */
  value: string;
}

export interface ActionFormField {
  /** The property's name, the key in the node's `input`. */
  name: string;
  /** The name for people: "customerId" → "Customer ID", "thread_ts" → "Thread ts". */
  label: string;
  kind: ActionFieldKind;
  required: boolean;
  description?: string;
  /** The first example as the field's text: shown as placeholder and filled in by "Use example". */
  example?: string;
  /** The default as the field's text: the field starts with it. */
  defaultText?: string;
  /** The schema's default itself: a value equal to it is left out of the node, the action applies it anyway. */
  defaultValue?: unknown;
  options?: ActionFieldOption[];
  /** For JSON fields: what the value must be. */
  jsonShape?: "object" | "array" | "any";
  /** For JSON fields of objects (or lists of objects) that name their keys: the keys, required ones marked. */
  keys?: { name: string; required: boolean }[];
  /** Bounds of number fields, when the schema gives meaningful ones. */
  minimum?: number;
  maximum?: number;
  /** A string's `format` (uri, email, date-time), shown as a hint. */
  format?: string;
}

type Schema = Record<string, unknown>;

function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

type Primitive = string | number | boolean | null;

function isPrimitive(value: unknown): value is Primitive {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

const ACRONYMS = new Set(["id", "ids", "url", "urls", "uri", "api", "ip", "html", "json", "sql", "soql", "ssl", "utc", "iso", "http", "https", "sha", "cc", "bcc"]);

/** The property name in words: "customerId" → "Customer ID", "thread_ts" → "Thread ts", "maxPages" → "Max pages". */
export function humanizeFieldName(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s_\-.]+/)
    .filter(Boolean)
    .map((word) => (ACRONYMS.has(word.toLowerCase()) ? word.toUpperCase() : word.toLowerCase()));
  if (words.length === 0) return name;
  const [first, ...rest] = words;
  return [first!.charAt(0).toUpperCase() + first!.slice(1), ...rest].join(" ");
}

/** The words of a property name, lowercase: "textBody" → ["text", "body"]. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[\s_\-.]+/)
    .filter(Boolean);
}

const LONG_TEXT_NAMES = new Set(["body", "text", "markdown", "content", "html", "message", "comment", "sql", "soql", "query", "template", "note", "notes"]);
const LONG_TEXT_DESCRIPTION = /\b(markdown|mrkdwn|html|plain[- ]text|body)\b/i;
const ONE_LINE_QUERY = /\b(search|search box|free text|look for)\b/i;

/** A string worth a textarea: its name or description speaks of a body, text, Markdown…, or its example has lines. */
function isLongText(name: string, schema: Schema, example: unknown): boolean {
  if (typeof example === "string" && example.includes("\n")) return true;
  if (typeof schema.maxLength === "number" && schema.maxLength > 1000) return true;
  const description = typeof schema.description === "string" ? schema.description : "";
  const last = nameWords(name).at(-1) ?? "";
  // A search query ("q", "query" of a search box) is one line; a GraphQL or SQL query is not.
  if (last === "query" && ONE_LINE_QUERY.test(description)) return false;
  return LONG_TEXT_NAMES.has(last) || LONG_TEXT_DESCRIPTION.test(description);
}

/** The JSON types a schema names, without "null" (an optional field is simply left empty). */
function typesOf(schema: Schema): string[] {
  const type = schema.type;
  const types = typeof type === "string" ? [type] : Array.isArray(type) ? type.filter((t): t is string => typeof t === "string") : [];
  return types.filter((t) => t !== "null");
}

function branchesOf(schema: Schema): Schema[] | undefined {
  const branches = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
  return branches?.filter(isSchema).filter((branch) => !(typesOf(branch).length === 0 && branch.type === "null"));
}

/** The values of an enum-like schema (`enum`, `const`, or a union of those), or undefined. */
function enumValuesOf(schema: Schema): Primitive[] | undefined {
  if (Array.isArray(schema.enum) && schema.enum.length > 0 && schema.enum.every(isPrimitive)) return schema.enum.filter((value) => value !== null);
  if ("const" in schema && isPrimitive(schema.const)) return schema.const === null ? undefined : [schema.const];
  const branches = branchesOf(schema);
  if (!branches || branches.length === 0) return undefined;
  const values: Primitive[] = [];
  for (const branch of branches) {
    const branchValues = enumValuesOf(branch);
    if (!branchValues) return undefined;
    values.push(...branchValues);
  }
  return values;
}

function isStringSchema(schema: Schema): boolean {
  const types = typesOf(schema);
  return types.length === 1 && types[0] === "string";
}

function isStringListSchema(schema: Schema): boolean {
  const types = typesOf(schema);
  return types.length === 1 && types[0] === "array" && isSchema(schema.items) && (isStringSchema(schema.items) || enumValuesOf(schema.items)?.every((v) => typeof v === "string") === true);
}

/**
 * A union reduced to the one shape a form can edit: `X | null` is X; "one string or a list of strings" (Gmail's
 * recipients) is a list; anything else stays a union (edited as JSON).
 */
function collapseUnion(schema: Schema): Schema {
  const branches = branchesOf(schema);
  if (!branches) return schema;
  const { anyOf: _anyOf, oneOf: _oneOf, ...annotations } = schema;
  if (branches.length === 1) return { ...annotations, ...collapseUnion(branches[0]!) };
  if (branches.every((branch) => isStringSchema(branch) || isStringListSchema(branch)) && branches.some(isStringListSchema)) {
    return { ...annotations, type: "array", items: { type: "string" } };
  }
  return schema;
}

function keysOf(schema: Schema): ActionFormField["keys"] {
  const target = typesOf(schema)[0] === "array" && isSchema(schema.items) ? schema.items : schema;
  if (!isSchema(target.properties)) return undefined;
  const required = new Set(Array.isArray(target.required) ? target.required : []);
  const keys = Object.keys(target.properties).map((name) => ({ name, required: required.has(name) }));
  return keys.length > 0 ? keys : undefined;
}

function kindOf(name: string, schema: Schema, example: unknown): { kind: ActionFieldKind; jsonShape?: ActionFormField["jsonShape"] } {
  if (enumValuesOf(schema)) return { kind: "enum" };
  if (branchesOf(schema)) return { kind: "json", jsonShape: "any" };
  const types = typesOf(schema);
  if (types.length !== 1) return { kind: "json", jsonShape: "any" };
  switch (types[0]) {
    case "string":
      return { kind: isLongText(name, schema, example) ? "long-text" : "text" };
    case "integer":
      return { kind: "integer" };
    case "number":
      return { kind: "number" };
    case "boolean":
      return { kind: "boolean" };
    case "array":
      return isStringListSchema(schema) ? { kind: "string-list" } : { kind: "json", jsonShape: "array" };
    case "object":
      return { kind: "json", jsonShape: "object" };
    default:
      return { kind: "json", jsonShape: "any" };
  }
}

/** A value as the field of `kind` shows it: a list as "a, b", JSON pretty-printed, an enum option as its JSON. */
export function valueToFieldText(kind: ActionFieldKind, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  switch (kind) {
    case "text":
    case "long-text":
      return typeof value === "string" ? value : JSON.stringify(value);
    case "number":
    case "integer":
      return typeof value === "number" || typeof value === "string" ? String(value) : undefined;
    case "boolean":
      return typeof value === "boolean" ? String(value) : undefined;
    case "enum":
      return isPrimitive(value) ? JSON.stringify(value) : undefined;
    case "string-list":
      if (typeof value === "string") return value;
      if (!Array.isArray(value)) return undefined;
      // A value holding a comma reads better one per line.
      return value.map(String).join(value.some((item) => String(item).includes(",")) ? "\n" : ", ");
    case "json": {
      const compact = JSON.stringify(value);
      return compact.length <= 60 ? compact : JSON.stringify(value, null, 2);
    }
  }
}

/** Bounds worth showing: zod's integers carry ±2^53 limits that say nothing. */
function meaningfulBound(value: unknown): number | undefined {
  return typeof value === "number" && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : undefined;
}

function fieldOf(name: string, raw: Schema, required: boolean): ActionFormField {
  const schema = collapseUnion(raw);
  const examples = Array.isArray(schema.examples) ? schema.examples : Array.isArray(raw.examples) ? raw.examples : [];
  const exampleValue = examples.length > 0 ? examples[0] : "example" in schema ? schema.example : undefined;
  const { kind, jsonShape } = kindOf(name, schema, exampleValue);
  const options = kind === "enum" ? enumValuesOf(schema)!.map((value) => ({ label: String(value), value: JSON.stringify(value) })) : undefined;
  const hasDefault = "default" in schema && schema.default !== undefined;
  const keys = kind === "json" ? keysOf(schema) : undefined;
  const minimum = kind === "number" || kind === "integer" ? meaningfulBound(schema.minimum) : undefined;
  const maximum = kind === "number" || kind === "integer" ? meaningfulBound(schema.maximum) : undefined;
  const example = valueToFieldText(kind, exampleValue);
  const defaultText = hasDefault ? valueToFieldText(kind, schema.default) : undefined;
  const description = typeof schema.description === "string" && schema.description.trim() ? schema.description.trim() : undefined;
  return {
    name,
    label: humanizeFieldName(name),
    kind,
    required,
    ...(description ? { description } : {}),
    ...(example !== undefined && example !== "" ? { example } : {}),
    ...(defaultText !== undefined ? { defaultText, defaultValue: schema.default } : {}),
    ...(options ? { options } : {}),
    ...(jsonShape ? { jsonShape } : {}),
    ...(keys ? { keys } : {}),
    ...(minimum !== undefined ? { minimum } : {}),
    ...(maximum !== undefined ? { maximum } : {}),
    ...(typeof schema.format === "string" ? { format: schema.format } : {}),
  };
}

/**
 * The form of an action's input schema: one field per top-level property, in the schema's order, required ones
 * first. An input that is not an object with properties has no fields.
 */
export function actionFormFields(inputSchema: Record<string, unknown>): ActionFormField[] {
  const properties = isSchema(inputSchema.properties) ? inputSchema.properties : {};
  const required = new Set(Array.isArray(inputSchema.required) ? inputSchema.required.filter((n): n is string => typeof n === "string") : []);
  const fields = Object.entries(properties).map(([name, schema]) => fieldOf(name, isSchema(schema) ? schema : {}, required.has(name)));
  return [...fields.filter((field) => field.required), ...fields.filter((field) => !field.required)];
}

/** The text each field starts with: its default, or empty. */
export function initialFieldValues(fields: readonly ActionFormField[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field.name, field.defaultText ?? ""]));
}
