import { z, type ZodType } from "zod";
import type { ConnectorRequest } from "../connector-request";
import { defineAction, type ActionDefinition } from "../define-action";
import type { DeclarativeEndpoint } from "./declarative-schema";

type Param = DeclarativeEndpoint["params"][number];

const PLACEHOLDER = /\{([^{}]+)\}/g;

/** `{owner}` placeholders of a path, in order. */
export function pathPlaceholders(path: string): string[] {
  return [...path.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/** "Create Issue" → "create_issue". */
export function endpointActionId(endpoint: Pick<DeclarativeEndpoint, "id" | "name">): string {
  return endpoint.id ?? (endpoint.name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 64) || "endpoint");
}

/** The endpoint's parameters: the declared ones, plus a required string for each path placeholder not declared. */
export function endpointParams(endpoint: DeclarativeEndpoint): Param[] {
  const declared = new Set(endpoint.params.map((p) => p.name));
  const implicit = pathPlaceholders(endpoint.path)
    .filter((name) => !declared.has(name))
    .map((name): Param => ({ name, in: "path", type: "string", required: true }));
  return [...endpoint.params, ...implicit];
}

function paramSchema(param: Param): ZodType {
  const base = param.type === "boolean" ? z.boolean() : param.type === "integer" ? z.number().int() : param.type === "number" ? z.number() : z.string();
  const described = base.meta({
    ...(param.description ? { description: param.description } : { description: `${param.in === "path" ? "Path" : param.in === "header" ? "Header" : "Query"} parameter ${param.name}` }),
    ...(param.example !== undefined ? { examples: [param.example] } : {}),
  });
  return param.in === "path" || param.required ? described : described.optional();
}

function bodySchema(body: NonNullable<DeclarativeEndpoint["body"]>): ZodType {
  // The document's JSON Schema was checked by the compiler; without one any JSON body is accepted.
  const base = body.schema ? z.fromJSONSchema(body.schema) : z.unknown();
  const described = base.meta({ description: body.description ?? "JSON body of the request" });
  return body.required ? described : described.optional();
}

/** The input field of a listing action: how many pages to walk before stopping. */
export const maxPagesInput = z.number().int().min(1).max(100).default(10).meta({ description: "Stop after this many pages", examples: [10] });

/**
 * One endpoint of a declarative connector as an action: path/query/header params and `body` in, the answer's body
 * out — or, for an endpoint with pagination, `{ items, pages, hasMore }` over up to `maxPages` pages.
 */
export function endpointAction(endpoint: DeclarativeEndpoint): ActionDefinition {
  const params = endpointParams(endpoint);
  const shape: Record<string, ZodType> = Object.fromEntries(params.map((param) => [param.name, paramSchema(param)]));
  if (endpoint.body) shape.body = bodySchema(endpoint.body);
  if (endpoint.pagination) shape.maxPages = maxPagesInput;
  return defineAction({
    id: endpointActionId(endpoint),
    name: endpoint.name,
    description: endpoint.description ?? `${endpoint.method} ${endpoint.path}`,
    input: z.object(shape),
    output: z.unknown(),
    ...(endpoint.pagination ? { pagination: endpoint.pagination } : {}),
    request(input: Record<string, unknown>): ConnectorRequest {
      const valueOf = (name: string) => input[name] as string | number | boolean | undefined;
      const path = endpoint.path.replace(PLACEHOLDER, (_, name: string) => encodeURIComponent(String(valueOf(name) ?? "")));
      const query: Record<string, string | number | boolean | undefined> = {};
      const headers: Record<string, string> = {};
      for (const param of params) {
        const value = valueOf(param.name);
        if (value === undefined) continue;
        if (param.in === "query") query[param.name] = value;
        if (param.in === "header") headers[param.name] = String(value);
      }
      return { method: endpoint.method, path, query, headers, ...(input.body !== undefined ? { body: input.body } : {}) };
    },
  });
}
