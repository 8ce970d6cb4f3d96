import { CONNECTOR_HTTP_METHODS, type ConnectorHttpMethod } from "../connector-request";
import { LIMITS, truncateText } from "./declarative-limits";
import type { EndpointIds } from "./endpoint-ids";
import type { ImportWarnings } from "./import-warnings";
import { arrayAt, isJsonObject, stringAt, type JsonObject } from "./json-values";
import type { Location } from "./location";
import { operationParams, type ImportedEndpoint } from "./operation-params";
import type { RefResolver } from "./resolve-refs";
import { requestBody } from "./request-body";
import type { SchemaLimits } from "./simplify-json-schema";

export interface OperationSource {
  path: string;
  /** Lowercase, as OpenAPI spells it. */
  method: string;
  pathItem: JsonObject;
  operation: JsonObject;
  pathItemLocation: Location;
}

export interface OperationContext {
  resolver: RefResolver;
  warnings: ImportWarnings;
  ids: EndpointIds;
  baseUrl: string;
  schemaLimits?: Partial<SchemaLimits>;
}

/** Declarative paths: a leading "/", no spaces, query or fragment. */
const DECLARATIVE_PATH = /^\/[^\s?#]*$/;

/** One OpenAPI operation → one declarative endpoint, or undefined (warned) when Junction cannot call it. */
export function operationToEndpoint(source: OperationSource, context: OperationContext): ImportedEndpoint | undefined {
  const { path, operation } = source;
  const location: Location = ["paths", path, source.method];
  const method = source.method.toUpperCase();
  if (!isConnectorMethod(method)) {
    context.warnings.add(location, `${method} operations are left out; custom connectors send ${CONNECTOR_HTTP_METHODS.join(", ")}`);
    return undefined;
  }
  if (!DECLARATIVE_PATH.test(path) || path.startsWith("//")) {
    context.warnings.add(location, 'the operation is left out: its path must start with a single "/" and have no spaces, query or fragment');
    return undefined;
  }
  warnAboutOwnServer(source, location, context);

  const body = requestBody(operation, method, location, context);
  const { path: endpointPath, params } = operationParams(
    { path, pathItem: source.pathItem, operation, pathItemLocation: source.pathItemLocation, operationLocation: location, hasBody: body !== undefined },
    context.resolver,
    context.warnings,
  );
  const operationId = stringAt(operation, "operationId")?.trim() || undefined;
  const summary = stringAt(operation, "summary")?.trim() || undefined;
  const description = [operation.deprecated === true ? "Deprecated." : undefined, stringAt(operation, "description")?.trim()].filter(Boolean).join(" ");
  return {
    id: context.ids.take(operationId, method, path, location, context.warnings),
    name: truncateText(summary ?? operationId ?? `${method} ${path}`, LIMITS.endpointName),
    ...(description ? { description: truncateText(description, LIMITS.endpointDescription) } : {}),
    method,
    path: endpointPath,
    params,
    ...(body ? { body } : {}),
  };
}

function isConnectorMethod(method: string): method is ConnectorHttpMethod {
  return (CONNECTOR_HTTP_METHODS as readonly string[]).includes(method);
}

/** An operation (or path) with servers of its own still goes to the connector's one base URL. */
function warnAboutOwnServer(source: OperationSource, location: Location, context: OperationContext): void {
  for (const [owner, at] of [
    [source.operation, location],
    [source.pathItem, source.pathItemLocation],
  ] as const) {
    const server = arrayAt(owner, "servers")?.[0];
    const url = isJsonObject(server) ? stringAt(server, "url") : undefined;
    if (url && url.replace(/\/+$/, "") !== context.baseUrl) {
      context.warnings.add([...at, "servers"], `this operation has its own server ${url}; the connector sends it to ${context.baseUrl}`);
      return;
    }
  }
}
