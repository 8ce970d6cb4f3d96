import { z } from "zod";
import { credentialFieldsOf } from "./auth-fields";
import type { AuthType, CredentialField } from "./auth-spec";
import type { ActionDefinition } from "./define-action";
import type { ConnectorDefinition } from "./define-connector";

/** A connector as the UI sees it: plain JSON, no functions, no secrets. */
export interface ConnectorDescription {
  id: string;
  name: string;
  icon: string;
  categories: readonly string[];
  description?: string;
  baseUrl?: string;
  connectionOptional: boolean;
  /** The default limit of each connection's requests (a connection may set its own). */
  rateLimit?: { requests: number; perMs: number };
  /**
   * How "test connection" works: its own request, its own check (another protocol), a GET of a URL the user gives
   * (connectors that take full URLs), or not at all.
   */
  test: "request" | "check" | "url" | "none";
  auth: { type: AuthType; fields: CredentialField[]; scopes?: readonly string[]; oauthGrant?: "authorization_code" | "client_credentials" }[];
  actions: { id: string; name: string; description: string; inputSchema: Record<string, unknown> }[];
  /** A polling trigger that takes input (what to poll) has its JSON Schema, like an action's. */
  triggers: { id: string; name: string; description: string; kind: "webhook" | "polling"; inputSchema?: Record<string, unknown> }[];
}

/** The action's input as JSON Schema (what a form is generated from), with each field's description and examples. */
export function actionInputJsonSchema(action: Pick<ActionDefinition, "input">): Record<string, unknown> {
  // "input": defaults make a field optional to fill; "any" keeps fields zod cannot express (a transform) usable.
  return z.toJSONSchema(action.input, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}

export function describeConnector(connector: ConnectorDefinition): ConnectorDescription {
  return {
    id: connector.id,
    name: connector.name,
    icon: connector.icon,
    categories: connector.categories,
    ...(connector.description ? { description: connector.description } : {}),
    ...(connector.baseUrl ? { baseUrl: connector.baseUrl } : {}),
    connectionOptional: connector.connectionOptional,
    ...(connector.rateLimit ? { rateLimit: { requests: connector.rateLimit.requests, perMs: connector.rateLimit.perMs } } : {}),
    test: connector.test ? "request" : connector.check ? "check" : connector.baseUrl === undefined && !connector.connectionBaseUrl ? "url" : "none",
    auth: connector.auth.map((auth) => ({
      type: auth.type,
      fields: [...credentialFieldsOf(auth), ...baseUrlFieldOf(connector, auth.type)],
      ...(auth.type === "oauth2" ? { scopes: auth.oauth.scopes ?? [], oauthGrant: auth.oauth.grant } : {}),
    })),
    actions: connector.actions.map((action) => ({
      id: `${connector.id}.${action.id}`,
      name: action.name,
      description: action.description,
      inputSchema: actionInputJsonSchema(action),
    })),
    triggers: connector.triggers.map((trigger) => ({
      id: `${connector.id}.${trigger.id}`,
      name: trigger.name,
      description: trigger.description,
      kind: trigger.kind,
      ...(trigger.kind === "polling" && trigger.input ? { inputSchema: actionInputJsonSchema({ input: trigger.input }) } : {}),
    })),
  };
}

/** The connection's own base URL, asked for by forms of connectors that let a connection name one (OAuth2 gets it from the token response). */
function baseUrlFieldOf(connector: ConnectorDefinition, authType: AuthType): CredentialField[] {
  const field = connector.connectionBaseUrl;
  if (!field || authType === "none" || authType === "oauth2") return [];
  return [{ key: "baseUrl", secret: false, ...field, ...(connector.baseUrl ? { optional: true } : {}) }];
}
