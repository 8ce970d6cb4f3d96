import type { PaginationStyleInput } from "@/core/http/pagination-style";
import { oauthProviderConfigSchema, type OAuthProviderConfig } from "@/core/oauth/oauth-provider-config";
import type { AuthSpec, CredentialField } from "./auth-spec";
import type { ActionRunTools, ConnectorRequest, ConnectorResponse } from "./connector-request";
import type { ActionDefinition } from "./define-action";
import type { TriggerDefinition } from "./define-trigger";
import type { RateLimit } from "./rate-limit";

/** Lowercase, no dots: the part of `<connector>.<action>` before the first dot. */
export const CONNECTOR_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export interface ConnectorSpec {
  id: string;
  name: string;
  /** A lucide icon name (`github`, `globe`) or an SVG path (`M12 2…`) drawn in a 24×24 box. */
  icon: string;
  categories: readonly string[];
  description?: string;
  /** One way to authenticate, or several a connection chooses from (include `none` to make the connection optional). */
  auth: AuthSpec | readonly AuthSpec[];
  /** Request paths are joined to it and may not leave its origin. Without one, actions give full URLs. */
  baseUrl?: string;
  /**
   * The connection names its own base URL (a Salesforce instance, GitHub Enterprise, a self-hosted API): the form
   * asks for it (key `baseUrl`, not secret) and it replaces `baseUrl`. An OAuth2 token response's `instance_url`
   * fills it in. Required unless `baseUrl` gives a default.
   */
  connectionBaseUrl?: Pick<CredentialField, "label" | "description" | "example">;
  rateLimit?: RateLimit;
  pagination?: PaginationStyleInput;
  /** A cheap real request that proves a connection works ("test connection"). */
  test?: ConnectorRequest;
  /** For APIs that answer a refused credential with 200 (Slack's `{ ok: false }`): throw a ConnectorActionError. */
  verifyTest?(response: ConnectorResponse): void;
  /** The connection test of a connector that speaks another protocol (a database): resolves when the connection works. */
  check?(tools: ActionRunTools): Promise<void>;
  actions: readonly ActionDefinition[];
  triggers?: readonly TriggerDefinition[];
}

export interface ConnectorDefinition extends Omit<ConnectorSpec, "auth" | "triggers"> {
  auth: readonly AuthSpec[];
  triggers: readonly TriggerDefinition[];
  /** Whether an action may run without a connection (the connector accepts `none`). */
  connectionOptional: boolean;
  /** The OAuth2 provider, parsed, when the connector accepts OAuth2. */
  oauth?: OAuthProviderConfig;
}

/** Declares a connector; mistakes a type cannot catch (ids, duplicates, a bad base URL) throw at load time. */
export function defineConnector(spec: ConnectorSpec): ConnectorDefinition {
  if (!CONNECTOR_ID_PATTERN.test(spec.id)) throw new Error(`Connector id "${spec.id}" must be lowercase letters, digits, '_' or '-', without dots.`);
  const auth = Array.isArray(spec.auth) ? (spec.auth as readonly AuthSpec[]) : [spec.auth as AuthSpec];
  if (auth.length === 0) throw new Error(`Connector "${spec.id}" needs at least one auth method (use { type: "none" } for public APIs).`);
  assertUnique(auth.map((a) => a.type), `Connector "${spec.id}" lists auth type`);
  assertUnique(spec.actions.map((a) => a.id), `Connector "${spec.id}" has more than one action`);
  assertUnique((spec.triggers ?? []).map((t) => t.id), `Connector "${spec.id}" has more than one trigger`);
  if (spec.baseUrl !== undefined) {
    const url = URL.canParse(spec.baseUrl) ? new URL(spec.baseUrl) : undefined;
    if (!url || !["http:", "https:"].includes(url.protocol)) throw new Error(`Connector "${spec.id}" base URL must be an absolute http(s) URL.`);
  }
  const oauth = oauthProviderOf(spec.id, spec.name, auth);
  return Object.freeze({ ...spec, auth, triggers: spec.triggers ?? [], connectionOptional: auth.some((a) => a.type === "none"), ...(oauth ? { oauth } : {}) });
}

function oauthProviderOf(id: string, name: string, auth: readonly AuthSpec[]): OAuthProviderConfig | undefined {
  const spec = auth.find((a) => a.type === "oauth2");
  if (!spec) return undefined;
  const parsed = oauthProviderConfigSchema.safeParse({ ...spec.oauth, displayName: name });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Connector "${id}" has an OAuth2 configuration Junction cannot use (${problems}).`);
  }
  return parsed.data;
}

function assertUnique(values: readonly string[], what: string) {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw new Error(`${what} "${value}" twice.`);
    seen.add(value);
  }
}
