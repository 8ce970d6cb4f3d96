import { parse as parseYaml } from "yaml";
import { isJsonObject, ownValue, type JsonObject } from "./json-values";
import { OpenApiImportError } from "./openapi-import-error";

export type OpenApiVersion = "3.0" | "3.1";

export interface OpenApiSource {
  document: JsonObject;
  version: OpenApiVersion;
}

/** JSON or YAML text, or an already-parsed object → the document and its OpenAPI version (3.0.x or 3.1.x). */
export function parseOpenApiSource(source: string | object): OpenApiSource {
  const document = typeof source === "string" ? parseText(source) : source;
  if (!isJsonObject(document)) throw new OpenApiImportError("this is not an OpenAPI document: expected an object at the top level");
  return { document, version: versionOf(document) };
}

function parseText(source: string): unknown {
  const text = source.replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new OpenApiImportError("the OpenAPI document is empty");
  // JSON.parse is far faster than the YAML parser on multi-megabyte documents such as GitHub's.
  if (/^\s*[{[]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new OpenApiImportError(`the document is not valid JSON (${messageOf(error)})`);
    }
  }
  try {
    // yaml's defaults cap alias expansion, which keeps a "billion laughs" document from exhausting memory.
    return parseYaml(text);
  } catch (error) {
    throw new OpenApiImportError(`the document is neither JSON nor valid YAML (${messageOf(error).split("\n")[0]})`);
  }
}

function versionOf(document: JsonObject): OpenApiVersion {
  const swagger = ownValue(document, "swagger");
  if (swagger !== undefined) {
    throw new OpenApiImportError(
      `this is a Swagger ${String(swagger)} document; Junction imports OpenAPI 3.0 and 3.1. Convert it to OpenAPI 3 first (for example with swagger2openapi, or "Convert to OpenAPI 3" in editor.swagger.io) and import the result`,
      ["swagger"],
    );
  }
  const raw = ownValue(document, "openapi");
  // YAML reads `openapi: 3.1` (unquoted) as a number.
  const version = typeof raw === "number" ? String(raw) : raw;
  if (typeof version !== "string") throw new OpenApiImportError('this is not an OpenAPI document: it has no "openapi" version field (expected e.g. "openapi": "3.1.0")');
  if (/^3\.0(\.|$)/.test(version)) return "3.0";
  if (/^3\.1(\.|$)/.test(version)) return "3.1";
  throw new OpenApiImportError(`OpenAPI ${version} is not supported; Junction imports OpenAPI 3.0.x and 3.1.x`, ["openapi"]);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
