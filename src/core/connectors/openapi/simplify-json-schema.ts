import type { ImportWarnings } from "./import-warnings";
import { arrayAt, isJsonObject, objectAt, ownValue, stringAt, type JsonObject } from "./json-values";
import type { Location } from "./location";
import type { RefResolver } from "./resolve-refs";

export interface SchemaLimits {
  /** Nesting levels kept; anything deeper accepts any value. */
  maxDepth: number;
  /** Schema nodes kept per schema; past that, the rest accepts any value (GitHub's larger bodies stay well under). */
  maxNodes: number;
  /** How many times one `$ref` may be open along one path: a recursive schema is unrolled this far, then cut. */
  maxRefRepeats: number;
  /** Nested descriptions are shortened to keep the stored connector small. */
  maxDescription: number;
}

export const DEFAULT_SCHEMA_LIMITS: SchemaLimits = { maxDepth: 12, maxNodes: 2000, maxRefRepeats: 2, maxDescription: 500 };

export interface SimplifiedSchema {
  /** Self-contained (no `$ref`), limited to the keywords `z.fromJSONSchema` turns into checks. */
  schema: JsonObject;
  /** True when the depth or size cap cut some of it. */
  truncated: boolean;
}

const JSON_TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);
const ANNOTATIONS = new Set(["description", "examples"]);

/**
 * An OpenAPI schema (3.0 or 3.1) → a self-contained JSON Schema that `z.fromJSONSchema` accepts and that validates
 * what the API would, or a little more. `$ref`s are inlined; keywords zod cannot handle (`not`, `if`, `discriminator`…)
 * are dropped; `oneOf` becomes `anyOf` (zod's exclusive union refuses an object that fits two loose branches, which
 * the API takes); OpenAPI 3.0's `nullable` becomes a `null` type; `readOnly` properties are left out (a request must
 * not send them); `default` moves into the description (zod would fill it in, and a PATCH must not send fields the
 * user left out).
 */
export function simplifyJsonSchema(schema: unknown, location: Location, context: { resolver: RefResolver; warnings: ImportWarnings; limits?: Partial<SchemaLimits> }): SimplifiedSchema {
  const simplifier = new SchemaSimplifier(context.resolver, context.warnings, { ...DEFAULT_SCHEMA_LIMITS, ...context.limits });
  const result = simplifier.node(schema, location, 0);
  return { schema: result, truncated: simplifier.truncated };
}

/** A schema that accepts any value: no keywords other than annotations. */
export function acceptsAnything(schema: JsonObject): boolean {
  return Object.keys(schema).every((key) => ANNOTATIONS.has(key));
}

class SchemaSimplifier {
  truncated = false;
  private nodes = 0;
  /** The `$ref`s being inlined along the current path, to notice recursion. */
  private readonly open: string[] = [];

  constructor(
    private readonly resolver: RefResolver,
    private readonly warnings: ImportWarnings,
    private readonly limits: SchemaLimits,
  ) {}

  node(raw: unknown, location: Location, depth: number): JsonObject {
    if (raw === false) return { not: {} };
    if (!isJsonObject(raw)) return {};
    if (depth > this.limits.maxDepth || this.nodes >= this.limits.maxNodes) {
      this.truncated = true;
      return {};
    }
    this.nodes++;
    let node = raw;
    let at = location;
    let opened = 0;
    try {
      while (typeof node.$ref === "string") {
        const ref = node.$ref;
        if (this.open.filter((open) => open === ref).length >= this.limits.maxRefRepeats) {
          this.warnings.once(
            `recursive:${ref}`,
            at,
            `the schema ${ref} contains itself; it is unrolled ${this.limits.maxRefRepeats} levels deep, below which it accepts any value`,
          );
          return this.annotations(node);
        }
        const target = this.resolver.lookup(ref, at);
        if (!target) return {};
        // Keys beside a $ref (a 3.1 description, a 3.0 nullable many documents rely on) refine the target.
        const { $ref: _ref, ...siblings } = node;
        node = isJsonObject(target.value) ? { ...target.value, ...siblings } : target.value === false ? { ...siblings, not: {} } : siblings;
        at = target.location;
        this.open.push(ref);
        opened++;
      }
      return this.keywords(node, at, depth);
    } finally {
      this.open.length -= opened;
    }
  }

  private keywords(node: JsonObject, at: Location, depth: number): JsonObject {
    const out: JsonObject = {};
    const types = typeList(ownValue(node, "type"));
    if (types.length > 0) out.type = types.length === 1 ? types[0] : types;
    else if (!node.anyOf && !node.oneOf && !node.allOf && !node.enum && !Object.hasOwn(node, "const")) {
      // zod reads a schema without a type as "anything" and would skip its properties; documents often leave
      // `type: object` (or array) implied.
      if (node.properties || node.additionalProperties || node.patternProperties) out.type = "object";
      else if (node.items || node.prefixItems) out.type = "array";
    }
    const enumValues = arrayAt(node, "enum");
    if (enumValues) out.enum = [...enumValues];
    if (Object.hasOwn(node, "const")) out.const = node.const;
    const not = objectAt(node, "not");
    // zod knows `not` only as "never" ({ not: {} }); any other `not` is dropped, which only loosens the check.
    if (not && Object.keys(not).length === 0) out.not = {};

    this.objectKeywords(node, at, depth, out);
    this.arrayKeywords(node, at, depth, out);
    copyStringKeywords(node, out);
    copyNumberKeywords(node, out);
    this.composition(node, at, depth, out);

    const result = node.nullable === true ? nullable(out) : out;
    return { ...result, ...this.annotations(node) };
  }

  private objectKeywords(node: JsonObject, at: Location, depth: number, out: JsonObject): void {
    const properties = objectAt(node, "properties");
    if (properties) {
      const kept: JsonObject = {};
      for (const [name, sub] of Object.entries(properties)) {
        if (this.isReadOnly(sub, [...at, "properties", name])) continue;
        kept[name] = this.node(sub, [...at, "properties", name], depth + 1);
      }
      out.properties = kept;
      const required = (arrayAt(node, "required") ?? []).filter((name): name is string => typeof name === "string" && Object.hasOwn(kept, name));
      if (required.length > 0) out.required = [...new Set(required)];
    }
    const additional = ownValue(node, "additionalProperties");
    if (additional === false) out.additionalProperties = false;
    else if (isJsonObject(additional)) {
      const schema = this.node(additional, [...at, "additionalProperties"], depth + 1);
      if (!acceptsAnything(schema)) out.additionalProperties = schema;
    }
    const patternProperties = objectAt(node, "patternProperties");
    if (patternProperties) {
      const kept: JsonObject = {};
      for (const [pattern, sub] of Object.entries(patternProperties)) {
        if (isValidPattern(pattern)) kept[pattern] = this.node(sub, [...at, "patternProperties", pattern], depth + 1);
      }
      if (Object.keys(kept).length > 0) out.patternProperties = kept;
    }
    copyIfCount(node, out, "minProperties");
    copyIfCount(node, out, "maxProperties");
  }

  private arrayKeywords(node: JsonObject, at: Location, depth: number, out: JsonObject): void {
    const items = ownValue(node, "items");
    if (Array.isArray(items)) out.items = items.map((item, i) => this.node(item, [...at, "items", i], depth + 1));
    else if (items !== undefined) {
      const schema = this.node(items, [...at, "items"], depth + 1);
      if (!acceptsAnything(schema)) out.items = schema;
    }
    const prefixItems = arrayAt(node, "prefixItems");
    if (prefixItems) out.prefixItems = prefixItems.map((item, i) => this.node(item, [...at, "prefixItems", i], depth + 1));
    copyIfCount(node, out, "minItems");
    copyIfCount(node, out, "maxItems");
    if (node.uniqueItems === true) out.uniqueItems = true;
  }

  private composition(node: JsonObject, at: Location, depth: number, out: JsonObject): void {
    const anyOf = this.branches(node, "anyOf", at, depth);
    const oneOf = this.branches(node, "oneOf", at, depth);
    const allOf = (arrayAt(node, "allOf") ?? [])
      .map((member, i) => withoutClosedObject(this.node(member, [...at, "allOf", i], depth + 1)))
      .filter((member) => !acceptsAnything(member));
    if (anyOf && oneOf) allOf.push({ anyOf }, { anyOf: oneOf });
    else if (anyOf ?? oneOf) out.anyOf = anyOf ?? oneOf;
    if (allOf.length > 0) {
      out.allOf = allOf;
      // zod intersects allOf members with this object; a closed object would refuse the other members' keys.
      delete out.additionalProperties;
    }
  }

  /** The simplified alternatives, or undefined when there are none or one accepts anything (then so does the union). */
  private branches(node: JsonObject, keyword: "anyOf" | "oneOf", at: Location, depth: number): JsonObject[] | undefined {
    const list = arrayAt(node, keyword);
    if (!list || list.length === 0) return undefined;
    const branches = list.map((branch, i) => this.node(branch, [...at, keyword, i], depth + 1));
    return branches.some(acceptsAnything) ? undefined : branches;
  }

  private annotations(node: JsonObject): JsonObject {
    const out: JsonObject = {};
    const description = descriptionOf(node, this.limits.maxDescription);
    if (description) out.description = description;
    const example = Object.hasOwn(node, "example") ? node.example : arrayAt(node, "examples")?.[0];
    if (example !== undefined && JSON.stringify(example).length <= 200) out.examples = [example];
    return out;
  }

  /** readOnly, on the property or on what its `$ref`s lead to. Lookup problems are left for `node` to report. */
  private isReadOnly(schema: unknown, location: Location): boolean {
    let current = schema;
    for (let hops = 0; hops < 32 && isJsonObject(current); hops++) {
      if (typeof current.readOnly === "boolean") return current.readOnly;
      const ref = stringAt(current, "$ref");
      if (!ref?.startsWith("#")) return false;
      try {
        current = this.resolver.lookup(ref, location)?.value;
      } catch {
        return false;
      }
    }
    return false;
  }
}

function typeList(type: unknown): string[] {
  const list = Array.isArray(type) ? type : [type];
  // Unknown types (Swagger's "file") would make zod throw; dropping them accepts any value there.
  return [...new Set(list.filter((t): t is string => typeof t === "string" && JSON_TYPES.has(t)))];
}

/** OpenAPI 3.0's `nullable: true`, as JSON Schema: null joins the enum or the types, or the schema becomes "this or null". */
function nullable(out: JsonObject): JsonObject {
  if (Array.isArray(out.enum)) {
    if (!out.enum.includes(null)) out.enum.push(null);
    return out;
  }
  const hasComposition = out.anyOf !== undefined || out.allOf !== undefined;
  if (out.type !== undefined && out.const === undefined && !hasComposition) {
    const types = typeList(out.type);
    if (!types.includes("null")) out.type = [...types, "null"];
    return out;
  }
  if (acceptsAnything(out)) return out;
  // A bare union takes null as one more branch rather than nesting it one level down.
  if (Array.isArray(out.anyOf) && Object.keys(out).length === 1) return { anyOf: [...out.anyOf, { type: "null" }] };
  return { anyOf: [out, { type: "null" }] };
}

function withoutClosedObject(schema: JsonObject): JsonObject {
  if (schema.additionalProperties !== false) return schema;
  const { additionalProperties: _closed, ...open } = schema;
  return open;
}

function descriptionOf(node: JsonObject, max: number): string | undefined {
  const description = stringAt(node, "description")?.trim();
  const fallback = Object.hasOwn(node, "default") ? JSON.stringify(node.default) : undefined;
  const defaultHint = fallback !== undefined && fallback.length <= 80 ? `Default: ${fallback}.` : undefined;
  const text = [description, defaultHint].filter(Boolean).join(description?.endsWith(".") || !description ? " " : ". ");
  if (!text) return undefined;
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function copyStringKeywords(node: JsonObject, out: JsonObject): void {
  copyIfCount(node, out, "minLength");
  copyIfCount(node, out, "maxLength");
  const pattern = stringAt(node, "pattern");
  // zod compiles the pattern without flags; one it cannot compile (\p{…}, (?i)) would make the import unusable.
  if (pattern !== undefined && isValidPattern(pattern)) out.pattern = pattern;
  const format = stringAt(node, "format");
  if (format) out.format = format;
}

function copyNumberKeywords(node: JsonObject, out: JsonObject): void {
  for (const key of ["minimum", "maximum"] as const) if (typeof node[key] === "number") out[key] = node[key];
  for (const key of ["exclusiveMinimum", "exclusiveMaximum"] as const) {
    const value = ownValue(node, key);
    // 3.1 gives the bound; 3.0 says `true` about the sibling minimum/maximum, which zod also understands.
    if (typeof value === "number" || value === true) out[key] = value;
  }
  if (typeof node.multipleOf === "number" && node.multipleOf > 0) out.multipleOf = node.multipleOf;
}

function copyIfCount(node: JsonObject, out: JsonObject, key: string): void {
  const value = ownValue(node, key);
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) out[key] = value;
}

function isValidPattern(pattern: string): boolean {
  // Without the `u` flag zod uses, \p{Lu} silently means "p{Lu}": drop it rather than check something else.
  if (/\\[pP]\{/.test(pattern)) return false;
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
