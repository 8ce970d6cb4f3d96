import type { DeclarativeConnectorInput } from "../declarative/declarative-schema";
import { LIMITS, truncateText } from "./declarative-limits";
import { EndpointIds } from "./endpoint-ids";
import { ImportWarnings } from "./import-warnings";
import { isJsonObject, objectAt, stringAt, type JsonObject } from "./json-values";
import { OpenApiImportError } from "./openapi-import-error";
import type { ImportedEndpoint } from "./operation-params";
import { operationToEndpoint } from "./operation-to-endpoint";
import { parseOpenApiSource } from "./parse-openapi-source";
import { RefResolver } from "./resolve-refs";
import { securityToAuth } from "./security-to-auth";
import { serverBaseUrl } from "./server-base-url";
import type { SchemaLimits } from "./simplify-json-schema";

export interface ImportOpenApiOptions {
  /** The connector's name, instead of `info.title`. */
  name?: string;
  /** The API's absolute base URL, instead of `servers[0].url` (needed when that is relative or missing). */
  baseUrl?: string;
  /** Overrides of the body-schema caps (depth, size, recursion); the defaults fit GitHub's document. */
  schemaLimits?: Partial<SchemaLimits>;
}

export interface OpenApiImportResult {
  /** A declarative connector document, for `compileDeclarativeConnector` (or for the user to edit first). */
  document: DeclarativeConnectorInput;
  /** What was left out or changed, each line naming where in the OpenAPI document. */
  warnings: string[];
}

/** The operation keys of a path item, in the order OpenAPI lists them. */
const OPERATION_KEYS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/**
 * An OpenAPI 3.0/3.1 document (JSON or YAML text, or parsed) → a declarative connector document: one endpoint per
 * operation, params and JSON bodies from the operation, auth from the security schemes, base URL from the first server.
 * Pagination is not inferred (documents do not say how an API pages reliably); add it to the endpoints that list.
 * Throws an OpenApiImportError when the document cannot be imported, naming the place (e.g. a `$ref` to nothing).
 */
export function importOpenApi(source: string | object, options: ImportOpenApiOptions = {}): OpenApiImportResult {
  const { document } = parseOpenApiSource(source);
  const warnings = new ImportWarnings();
  const resolver = new RefResolver(document, warnings);
  const baseUrl = serverBaseUrl(document, options.baseUrl);
  const { auth_type, auth } = securityToAuth(document, resolver, baseUrl, warnings);
  const endpoints = endpointsOf(document, { resolver, warnings, ids: new EndpointIds(), baseUrl, ...(options.schemaLimits ? { schemaLimits: options.schemaLimits } : {}) });
  if (endpoints.length === 0) throw new OpenApiImportError("the document has no operations a connector can call", ["paths"]);
  if (endpoints.length > LIMITS.endpoints) {
    warnings.add(["paths"], `the document has ${endpoints.length} operations; a connector holds ${LIMITS.endpoints}, so the rest are left out`);
    endpoints.length = LIMITS.endpoints;
  }
  const info = objectAt(document, "info") ?? {};
  const name = truncateText(options.name?.trim() || stringAt(info, "title")?.trim() || "Imported API", LIMITS.connectorName);
  const description = stringAt(info, "description")?.trim();
  return {
    document: {
      name,
      ...(description ? { description: truncateText(description, LIMITS.connectorDescription) } : {}),
      auth_type,
      ...(auth ? { auth } : {}),
      base_url: baseUrl,
      endpoints,
    },
    warnings: warnings.list,
  };
}

function endpointsOf(document: JsonObject, context: Parameters<typeof operationToEndpoint>[1]): ImportedEndpoint[] {
  const endpoints: ImportedEndpoint[] = [];
  for (const [path, rawItem] of Object.entries(objectAt(document, "paths") ?? {})) {
    if (path.startsWith("x-")) continue;
    const resolved = context.resolver.follow(rawItem, ["paths", path]);
    if (!resolved || !isJsonObject(resolved.value)) continue;
    const pathItem = resolved.value;
    for (const method of OPERATION_KEYS) {
      const operation = objectAt(pathItem, method);
      if (!operation) continue;
      const endpoint = operationToEndpoint({ path, method, pathItem, operation, pathItemLocation: resolved.location }, context);
      if (endpoint) endpoints.push(endpoint);
    }
  }
  return endpoints;
}
