import type { OAuthProviderConfigInput } from "@/core/oauth/oauth-provider-config";

/**
 * How a connector authenticates, as data. A connector lists one or more of these; a connection picks one
 * (its `authType` is the spec's `type`) and stores the values of the spec's fields, sealed.
 */
export type AuthSpec = NoAuth | ApiKeyAuth | BearerAuth | BasicAuth | CustomHeadersAuth | OAuth2Auth | FieldsAuth;

export type AuthType = AuthSpec["type"];

export const AUTH_TYPES = ["none", "api_key", "bearer", "basic", "custom_headers", "oauth2", "fields"] as const satisfies readonly AuthType[];

export interface NoAuth {
  type: "none";
}

/**
 * An API key in a header or a query parameter. Leave `in` or `name` out when the user chooses them (the
 * generic HTTP connector): the connection form then asks for them.
 */
export interface ApiKeyAuth {
  type: "api_key";
  in?: "header" | "query";
  /** Header or query parameter name, e.g. `x-api-key`, `api_key`. */
  name?: string;
  /** Put before the key in a header, e.g. `"Token "`. */
  prefix?: string;
  /** Describes the key field of the form: where to find the key, what it looks like. */
  key?: Partial<Pick<CredentialField, "label" | "description" | "example">>;
}

export interface BearerAuth {
  type: "bearer";
  token?: Partial<Pick<CredentialField, "label" | "description" | "example">>;
}

export interface BasicAuth {
  type: "basic";
}

/** Several headers that together make the credential (a key id and a secret, an account id…). */
export interface CustomHeadersAuth {
  type: "custom_headers";
  /** Each field's value is sent in `header`. Left out: every value of the connection is a header named by its key. */
  fields?: readonly (CredentialField & { header: string })[];
}

/**
 * OAuth2: the user signs in at the provider (authorization code with PKCE), or the connection holds a client id and
 * secret (client credentials). `oauth` is how Junction talks to the provider; the OAuth app's client id and secret
 * come from `OAUTH_<APP>_CLIENT_ID` / `_CLIENT_SECRET` or an organization's override, never from the connector.
 */
export interface OAuth2Auth {
  type: "oauth2";
  oauth: Omit<OAuthProviderConfigInput, "displayName">;
}

/**
 * Values the connector uses itself, outside HTTP (a database connection string): stored sealed like any credential,
 * handed to the connector's `run` through `tools.connectionValues()`, never injected into a request.
 */
export interface FieldsAuth {
  type: "fields";
  fields: readonly CredentialField[];
}

/** One value a user types into the connection form. The form is generated from these. */
export interface CredentialField {
  /** The key the value is stored under in the connection's credentials. */
  key: string;
  label: string;
  description?: string;
  /** Secret values are sealed, masked and never shown again; others (a header name) may be shown. */
  secret: boolean;
  example?: string;
  /** When set, the value is one of these (a select in the form). */
  options?: readonly string[];
  optional?: boolean;
}
