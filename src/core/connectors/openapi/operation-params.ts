import type { DeclarativeEndpointSchema } from "../declarative/declarative-schema";
import { pathPlaceholders } from "../declarative/endpoint-action";
import type { z } from "zod";
import { LIMITS, PARAM_NAME, truncateText } from "./declarative-limits";
import type { ImportWarnings } from "./import-warnings";
import { arrayAt, isJsonObject, objectAt, ownValue, stringAt, type JsonObject } from "./json-values";
import type { Location } from "./location";
import type { RefResolver } from "./resolve-refs";

export type ImportedEndpoint = z.input<typeof DeclarativeEndpointSchema>;
export type ImportedParam = NonNullable<ImportedEndpoint["params"]>[number];

export interface ParamsSource {
  /** The OpenAPI path, `{placeholders}` and all. */
  path: string;
  pathItem: JsonObject;
  operation: JsonObject;
  /** `["paths", path]` (or where a `$ref`ed path item lives) and `["paths", path, method]`. */
  pathItemLocation: Location;
  operationLocation: Location;
  /** The endpoint sends a JSON body, whose input field is `body`. */
  hasBody: boolean;
}

type ParamType = NonNullable<ImportedParam["type"]>;

/**
 * The endpoint's params: the path item's, overridden by the operation's of the same name and location. Placeholders
 * that are not valid param names are renamed in the path (only Junction sees their names); query and header params
 * whose names Junction cannot use as input fields are left out with a warning, as are cookie params.
 */
export function operationParams(source: ParamsSource, resolver: RefResolver, warnings: ImportWarnings): { path: string; params: ImportedParam[] } {
  const { path, renamed } = renamePlaceholders(source.path, source.hasBody);
  const placeholders = new Set(pathPlaceholders(source.path));
  const declared = new Map<string, { param: JsonObject; location: Location }>();
  const collect = (list: unknown[] | undefined, location: Location) =>
    list?.forEach((raw, i) => {
      const resolved = resolver.follow(raw, [...location, "parameters", i]);
      if (!resolved || !isJsonObject(resolved.value)) return;
      // Keyed by name and location, as OpenAPI says: the operation's entry replaces the path item's in place.
      declared.set(`${String(resolved.value.in)}:${String(resolved.value.name)}`, { param: resolved.value, location: resolved.location });
    });
  collect(arrayAt(source.pathItem, "parameters"), source.pathItemLocation);
  collect(arrayAt(source.operation, "parameters"), source.operationLocation);

  const params: ImportedParam[] = [];
  const names = new Set<string>([...renamed.values(), ...placeholders]);
  const used = new Set<string>();
  for (const { param, location } of declared.values()) {
    const name = stringAt(param, "name");
    const where = stringAt(param, "in");
    const skip = (why: string) => warnings.add(location, `parameter "${name ?? "?"}" is left out: ${why}`);
    if (!name || !where) {
      skip('it has no "name" or "in"');
      continue;
    }
    if (where === "cookie") {
      skip("custom connectors do not send cookies");
      continue;
    }
    if (where !== "path" && where !== "query" && where !== "header") {
      skip(`"in": "${where}" is not path, query or header`);
      continue;
    }
    let fieldName = name;
    if (where === "path") {
      if (!placeholders.has(name)) {
        skip(`the path ${source.path} has no {${name}}`);
        continue;
      }
      fieldName = renamed.get(name) ?? name;
    } else {
      if (!PARAM_NAME.test(name)) {
        // The declarative format uses one name for the input field and the wire, so this one cannot be sent.
        skip(`Junction's parameter names are letters, digits and "_" (at most 64)${param.required === true ? "; the API requires it, so calls may fail" : ""}`);
        continue;
      }
      if (names.has(name) || (name === "body" && source.hasBody)) {
        skip(`its name is taken by ${name === "body" ? "the request body" : "a path parameter"}`);
        continue;
      }
    }
    if (used.has(fieldName)) {
      skip("another parameter has the same name");
      continue;
    }
    used.add(fieldName);
    params.push(toParam(param, fieldName, where, location, resolver, warnings));
  }
  if (params.length > LIMITS.paramsPerEndpoint) {
    warnings.add(source.operationLocation, `only the first ${LIMITS.paramsPerEndpoint} of ${params.length} parameters are kept`);
    params.length = LIMITS.paramsPerEndpoint;
  }
  return { path, params };
}

function toParam(param: JsonObject, name: string, where: "path" | "query" | "header", location: Location, resolver: RefResolver, warnings: ImportWarnings): ImportedParam {
  const schema = schemaOf(param, location, resolver);
  const { type, structured } = paramType(schema, location, resolver);
  if (structured) warnings.add(location, `parameter "${name}" is ${structured === "array" ? "an array" : "an object"}; the action takes it as one string (e.g. comma-separated values)`);
  const description = [stringAt(param, "description")?.trim() || (schema ? stringAt(schema, "description")?.trim() : undefined), allowedValues(schema)].filter(Boolean).join(" ");
  const example = exampleOf(param, schema, resolver, location);
  return {
    name,
    in: where,
    type,
    required: where === "path" || param.required === true,
    ...(description ? { description: truncateText(description, LIMITS.paramDescription) } : {}),
    ...(example !== undefined ? { example } : {}),
  };
}

/** `{enterprise-team}` → `{enterprise_team}`, and `{body}` when the request body already has that input field. */
function renamePlaceholders(path: string, hasBody: boolean): { path: string; renamed: Map<string, string> } {
  const renamed = new Map<string, string>();
  const original = new Set(pathPlaceholders(path));
  const taken = new Set([...original].filter((name) => PARAM_NAME.test(name) && !(name === "body" && hasBody)));
  for (const name of original) {
    if (taken.has(name)) continue;
    let candidate = name.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^(?=\d)/, "_").slice(0, 60) || "param";
    if (candidate === "body") candidate = "body_param";
    let unique = candidate;
    for (let n = 2; taken.has(unique); n++) unique = `${candidate}_${n}`;
    taken.add(unique);
    renamed.set(name, unique);
  }
  const renamedPath = path.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const next = renamed.get(name);
    return next ? `{${next}}` : whole;
  });
  return { path: renamedPath, renamed };
}

function schemaOf(param: JsonObject, location: Location, resolver: RefResolver): JsonObject | undefined {
  // A parameter has a schema, or (rarely) a content map holding one.
  const content = objectAt(param, "content");
  const raw = ownValue(param, "schema") ?? (content ? objectAt(Object.values(content).find(isJsonObject) ?? {}, "schema") : undefined);
  const resolved = raw === undefined ? undefined : resolver.follow(raw, [...location, "schema"]);
  return resolved && isJsonObject(resolved.value) ? resolved.value : undefined;
}

/**
 * The one scalar type a param takes. A union with a string in it (GitHub's `workflow_id`: integer or file name)
 * is a string; arrays and objects become strings too, as the declarative format has no structured params.
 */
function paramType(schema: JsonObject | undefined, location: Location, resolver: RefResolver): { type: ParamType; structured?: "array" | "object" } {
  const types = new Set<string>();
  collectTypes(schema, types, location, resolver, 0);
  types.delete("null");
  if (types.has("string") || types.size === 0) return { type: "string" };
  if (types.has("array") || types.has("object")) return { type: "string", structured: types.has("array") ? "array" : "object" };
  if (types.size === 1 && types.has("integer")) return { type: "integer" };
  if ([...types].every((t) => t === "number" || t === "integer")) return { type: "number" };
  if (types.size === 1 && types.has("boolean")) return { type: "boolean" };
  return { type: "string" };
}

function collectTypes(schema: JsonObject | undefined, into: Set<string>, location: Location, resolver: RefResolver, depth: number): void {
  if (!schema || depth > 4) return;
  const type = ownValue(schema, "type");
  for (const t of Array.isArray(type) ? type : [type]) if (typeof t === "string") into.add(t);
  if (schema.nullable === true) into.add("null");
  if (type === undefined) for (const value of arrayAt(schema, "enum") ?? []) into.add(value === null ? "null" : typeof value === "number" ? "number" : typeof value);
  for (const keyword of ["anyOf", "oneOf", "allOf"]) {
    for (const branch of arrayAt(schema, keyword) ?? []) {
      const resolved = resolver.follow(branch, location);
      collectTypes(resolved && isJsonObject(resolved.value) ? resolved.value : undefined, into, location, resolver, depth + 1);
    }
  }
}

/** A declarative param has no enum, so a form shows the allowed values in the description. */
function allowedValues(schema: JsonObject | undefined): string | undefined {
  const values = schema ? (arrayAt(schema, "enum") ?? arrayAt(objectAt(schema, "items") ?? {}, "enum")) : undefined;
  const shown = values?.filter((value) => value !== null).map((value) => (typeof value === "string" ? value : JSON.stringify(value)));
  return shown?.length ? `One of: ${shown.join(", ")}.` : undefined;
}

/** The param's example, its first named example, or its schema's; only scalars fit the declarative format. */
function exampleOf(param: JsonObject, schema: JsonObject | undefined, resolver: RefResolver, location: Location): string | number | boolean | undefined {
  const named = objectAt(param, "examples");
  const firstNamed = named ? resolver.follow(Object.values(named)[0], [...location, "examples"])?.value : undefined;
  const candidates = [ownValue(param, "example"), isJsonObject(firstNamed) ? ownValue(firstNamed, "value") : undefined, schema ? ownValue(schema, "example") : undefined, schema ? arrayAt(schema, "examples")?.[0] : undefined];
  const found = candidates.find((value) => value !== undefined);
  return typeof found === "string" || typeof found === "number" || typeof found === "boolean" ? found : undefined;
}
