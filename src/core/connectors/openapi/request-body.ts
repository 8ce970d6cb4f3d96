import { z } from "zod";
import { LIMITS, truncateText } from "./declarative-limits";
import type { ImportWarnings } from "./import-warnings";
import { isJsonObject, objectAt, ownValue, stringAt, type JsonObject } from "./json-values";
import type { Location } from "./location";
import type { ImportedEndpoint } from "./operation-params";
import type { RefResolver } from "./resolve-refs";
import { acceptsAnything, simplifyJsonSchema, type SchemaLimits } from "./simplify-json-schema";

export type ImportedBody = NonNullable<ImportedEndpoint["body"]>;

/** application/json, application/vnd.github+json, application/merge-patch+json; charset=utf-8 … */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.!#$&^-]+\+)?json\s*(?:;.*)?$/i;

export interface BodyContext {
  resolver: RefResolver;
  warnings: ImportWarnings;
  schemaLimits?: Partial<SchemaLimits>;
}

/**
 * The operation's JSON request body: whether it is required, its description, and its schema made self-contained and
 * simple enough for `z.fromJSONSchema`. Bodies that are not JSON (forms, files, text) are left out with a warning:
 * Junction's declarative actions send JSON.
 */
export function requestBody(operation: JsonObject, method: string, location: Location, context: BodyContext): ImportedBody | undefined {
  const raw = ownValue(operation, "requestBody");
  if (raw === undefined) return undefined;
  const resolved = context.resolver.follow(raw, [...location, "requestBody"]);
  if (!resolved || !isJsonObject(resolved.value)) return undefined;
  const body = resolved.value;
  const content = objectAt(body, "content") ?? {};
  const mediaTypes = Object.keys(content);
  const json = mediaTypes.find((type) => JSON_MEDIA_TYPE.test(type));
  if (!json) {
    if (mediaTypes.length > 0) context.warnings.add(resolved.location, `the request body is ${mediaTypes.join(" or ")}, not JSON; the action sends no body`);
    return undefined;
  }
  if (method === "GET" || method === "HEAD") {
    context.warnings.add(resolved.location, `a ${method} request cannot carry a body here; the action sends none`);
    return undefined;
  }
  const description = stringAt(body, "description");
  const schema = bodySchema(ownValue(objectAt(content, json) ?? {}, "schema"), [...resolved.location, "content", json, "schema"], context);
  return {
    required: body.required === true,
    ...(description?.trim() ? { description: truncateText(description, LIMITS.bodyDescription) } : {}),
    ...(schema ? { schema } : {}),
  };
}

function bodySchema(raw: unknown, location: Location, context: BodyContext): JsonObject | undefined {
  if (raw === undefined) return undefined;
  const { schema, truncated } = simplifyJsonSchema(raw, location, { resolver: context.resolver, warnings: context.warnings, ...(context.schemaLimits ? { limits: context.schemaLimits } : {}) });
  if (truncated) context.warnings.add(location, "the body schema is larger or deeper than the importer keeps; its innermost parts accept any value");
  if (acceptsAnything(schema)) return undefined;
  try {
    // The compiler refuses a schema zod cannot read; checking here keeps one odd schema from failing the whole import.
    z.fromJSONSchema(schema);
    return schema;
  } catch (error) {
    context.warnings.add(location, `the body schema could not be converted (${error instanceof Error ? error.message : String(error)}); the action accepts any JSON body`);
    return undefined;
  }
}
