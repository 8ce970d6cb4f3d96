import { z } from "zod";
import { formatPath } from "@/core/workflow/validate-shape";
import type { AuthSpec } from "../auth-spec";
import { defineConnector, type ConnectorDefinition } from "../define-connector";
import { HOUR_MS } from "../rate-limit";
import { DeclarativeConnectorSchema, type DeclarativeConnector } from "./declarative-schema";
import { endpointAction, endpointActionId, pathPlaceholders } from "./endpoint-action";

/** One problem in a connector document, with the JSON path of the field, e.g. `endpoints[2].path`. */
export interface ConnectorDefinitionIssue {
  field: string;
  message: string;
}

export type CompileResult = { ok: true; connector: ConnectorDefinition } | { ok: false; issues: ConnectorDefinitionIssue[] };

export class ConnectorDefinitionError extends Error {
  constructor(readonly issues: ConnectorDefinitionIssue[]) {
    super(`The connector definition is not valid: ${issues.map((i) => `${i.field}: ${i.message}`).join("; ")}`);
    this.name = "ConnectorDefinitionError";
  }
}

const PER_MS = { second: 1000, minute: 60_000, hour: HOUR_MS, day: 24 * HOUR_MS } as const;

/** Turns a custom connector's JSON into the same connector the SDK defines, or lists every problem by field. */
export function compileDeclarativeConnector(document: unknown): CompileResult {
  const parsed = DeclarativeConnectorSchema.safeParse(document);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((issue) => ({ field: formatPath(issue.path) || "connector", message: issue.message })) };
  const issues = endpointIssues(parsed.data);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, connector: toConnector(parsed.data) };
}

/** As `compileDeclarativeConnector`, throwing a ConnectorDefinitionError that lists the issues. */
export function compileDeclarativeConnectorOrThrow(document: unknown): ConnectorDefinition {
  const result = compileDeclarativeConnector(document);
  if (!result.ok) throw new ConnectorDefinitionError(result.issues);
  return result.connector;
}

function endpointIssues(document: DeclarativeConnector): ConnectorDefinitionIssue[] {
  const issues: ConnectorDefinitionIssue[] = [];
  const actionIds = new Map<string, number>();
  document.endpoints.forEach((endpoint, index) => {
    const at = (field: string) => `endpoints[${index}]${field ? `.${field}` : ""}`;
    const id = endpointActionId(endpoint);
    const earlier = actionIds.get(id);
    if (earlier !== undefined) issues.push({ field: at(endpoint.id ? "id" : "name"), message: `two endpoints would be the action "${id}" (see endpoints[${earlier}]); give one another name or an id` });
    else actionIds.set(id, index);
    const placeholders = new Set(pathPlaceholders(endpoint.path));
    for (const name of placeholders) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) issues.push({ field: at("path"), message: `the placeholder {${name}} is not a valid parameter name` });
    }
    const seen = new Set<string>();
    endpoint.params.forEach((param, p) => {
      if (seen.has(param.name)) issues.push({ field: at(`params[${p}].name`), message: `the parameter "${param.name}" is listed twice` });
      seen.add(param.name);
      if (param.in === "path" && !placeholders.has(param.name)) issues.push({ field: at(`params[${p}].name`), message: `the path has no {${param.name}} placeholder for this path parameter` });
      if (param.in !== "path" && placeholders.has(param.name)) issues.push({ field: at(`params[${p}].in`), message: `{${param.name}} is in the path, so this parameter is "in": "path"` });
      if (param.name === "body" && endpoint.body) issues.push({ field: at(`params[${p}].name`), message: '"body" is the request body\'s field; name the parameter otherwise' });
    });
    if (endpoint.body && ["GET", "HEAD"].includes(endpoint.method)) issues.push({ field: at("body"), message: `a ${endpoint.method} request has no body; use params, or another method` });
    if (endpoint.body?.schema) {
      try {
        z.fromJSONSchema(endpoint.body.schema);
      } catch (error) {
        issues.push({ field: at("body.schema"), message: `not a JSON Schema this runtime understands (${error instanceof Error ? error.message : String(error)})` });
      }
    }
  });
  return issues;
}

function toAuth(document: DeclarativeConnector): AuthSpec {
  const auth = document.auth;
  switch (document.auth_type) {
    case "none":
      return { type: "none" };
    case "bearer":
      return { type: "bearer" };
    case "basic":
      return { type: "basic" };
    case "api_key":
      return { type: "api_key", in: auth.in ?? "header", name: auth.name ?? (auth.in === "query" ? "api_key" : "x-api-key"), ...(auth.prefix ? { prefix: auth.prefix } : {}) };
    case "custom_headers":
      return {
        type: "custom_headers",
        fields: (auth.headers ?? []).map((h) => ({ key: h.key ?? h.header.replace(/[^A-Za-z0-9_]/g, "_"), label: h.label, header: h.header, secret: true })),
      };
    case "oauth2":
      return {
        type: "oauth2",
        oauth: { app: oauthAppOf(document), grant: "authorization_code", authorizeUrl: auth.authorize_url!, tokenUrl: auth.token_url!, scopes: [...auth.scopes], pkce: auth.pkce },
      };
  }
}

function connectorIdOf(document: DeclarativeConnector): string {
  return document.id ?? (document.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 64) || "custom");
}

/** The OAuth app a custom connector's credentials are looked up by (OAUTH_<APP>_CLIENT_ID or the org's override). */
function oauthAppOf(document: DeclarativeConnector): string {
  const id = connectorIdOf(document).replace(/_/g, "-").slice(0, 32);
  return /^[a-z]/.test(id) ? id : `c${id.slice(0, 31)}`;
}

function toConnector(document: DeclarativeConnector): ConnectorDefinition {
  const rateLimit =
    document.rate_limit === undefined
      ? undefined
      : typeof document.rate_limit === "number"
        ? { requests: document.rate_limit, perMs: HOUR_MS }
        : { requests: document.rate_limit.requests, perMs: PER_MS[document.rate_limit.per] };
  return defineConnector({
    id: connectorIdOf(document),
    name: document.name,
    icon: document.icon ?? "plug",
    categories: document.categories,
    ...(document.description ? { description: document.description } : {}),
    auth: toAuth(document),
    baseUrl: document.base_url,
    ...(rateLimit ? { rateLimit } : {}),
    ...(document.pagination ? { pagination: document.pagination } : {}),
    ...(document.test ? { test: { method: document.test.method, path: document.test.path } } : {}),
    actions: document.endpoints.map(endpointAction),
  });
}
