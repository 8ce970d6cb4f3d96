import { z } from "zod";
import { PaginationStyleSchema } from "@/core/http/pagination-style";
import { CONNECTOR_HTTP_METHODS } from "../connector-request";

/** "OAuth2", "API Key", "api-key" → the SDK's auth type names. */
const AUTH_TYPE_ALIASES: Record<string, string> = {
  none: "none",
  no_auth: "none",
  api_key: "api_key",
  apikey: "api_key",
  bearer: "bearer",
  bearer_token: "bearer",
  token: "bearer",
  basic: "basic",
  basic_auth: "basic",
  custom_headers: "custom_headers",
  headers: "custom_headers",
  oauth2: "oauth2",
  oauth: "oauth2",
  oauth_2: "oauth2",
};

const authType = z
  .string()
  .transform((value) => AUTH_TYPE_ALIASES[value.trim().toLowerCase().replace(/[\s-]+/g, "_")] ?? value)
  .pipe(z.enum(["none", "api_key", "bearer", "basic", "custom_headers", "oauth2"], { error: "auth_type must be one of none, api_key, bearer, basic, custom_headers, OAuth2" }));

const httpUrl = (what: string) =>
  z.string().refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), `${what} must be an absolute http(s) URL, e.g. https://api.example.com`);

const paramName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, "a parameter name is letters, digits and '_', starting with a letter or '_'");

export const DeclarativeParamSchema = z.object({
  name: paramName,
  in: z.enum(["path", "query", "header"]).default("query"),
  type: z.enum(["string", "number", "integer", "boolean"]).default("string"),
  required: z.boolean().optional(),
  description: z.string().max(500).optional(),
  example: z.union([z.string(), z.number(), z.boolean()]).optional(),
});

export const DeclarativeEndpointSchema = z.object({
  /** The action id; derived from the name when left out ("Create Issue" → create_issue). */
  id: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, "an endpoint id is letters, digits, '_' or '-'").optional(),
  name: z.string().trim().min(1, "give the endpoint a name").max(100),
  description: z.string().max(1000).optional(),
  path: z
    .string()
    .regex(/^\/[^\s?#]*$/, 'a path starts with "/" and has no spaces, query or fragment, e.g. /repos/{owner}/{repo}/issues')
    .refine((path) => !path.startsWith("//"), 'a path starts with a single "/"'),
  method: z.string().toUpperCase().pipe(z.enum(CONNECTOR_HTTP_METHODS, { error: `method must be one of ${CONNECTOR_HTTP_METHODS.join(", ")}` })),
  params: z.array(DeclarativeParamSchema).max(100).default([]),
  /** A JSON body; `schema` (JSON Schema) describes and validates it. */
  body: z
    .object({
      required: z.boolean().default(true),
      description: z.string().max(1000).optional(),
      schema: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
  pagination: PaginationStyleSchema.optional(),
});

const rateLimit = z.union([
  z.number().int().positive().describe("requests per hour"),
  z.object({
    requests: z.number().int().positive(),
    per: z.enum(["second", "minute", "hour", "day"]).default("hour"),
  }),
]);

/** A custom connector as JSON — the shape of the requirement documents, plus params, body and pagination. */
export const DeclarativeConnectorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "a connector id is lowercase letters, digits, '_' or '-'").optional(),
    name: z.string().trim().min(1, "give the connector a name").max(100),
    description: z.string().max(1000).optional(),
    icon: z.string().max(2000).optional(),
    categories: z.array(z.string().max(50)).max(10).default([]),
    auth_type: authType,
    /** Details of the auth: where the API key goes, OAuth2 URLs and scopes, the custom headers. */
    auth: z
      .object({
        in: z.enum(["header", "query"]).optional(),
        name: z.string().min(1).optional(),
        prefix: z.string().optional(),
        authorize_url: httpUrl("auth.authorize_url").optional(),
        token_url: httpUrl("auth.token_url").optional(),
        scopes: z.array(z.string()).default([]),
        pkce: z.boolean().default(true),
        headers: z.array(z.object({ header: z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, "not a valid HTTP header name"), label: z.string().min(1), key: paramName.optional() })).optional(),
      })
      .default({ scopes: [], pkce: true }),
    base_url: httpUrl("base_url"),
    endpoints: z.array(DeclarativeEndpointSchema).min(1, "list at least one endpoint").max(2000),
    rate_limit: rateLimit.optional(),
    pagination: PaginationStyleSchema.optional(),
    /** A cheap GET proving a connection works. */
    test: z.object({ path: z.string().regex(/^\/[^\s#]*$/, 'a path starts with "/"'), method: z.literal("GET").default("GET") }).optional(),
    credentials: z.never({ error: "credentials do not belong in a connector definition; enter them in a connection, where they are sealed" }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.auth_type === "oauth2") {
      if (!value.auth.authorize_url) ctx.addIssue({ code: "custom", path: ["auth", "authorize_url"], message: "an OAuth2 connector needs the provider's authorization URL" });
      if (!value.auth.token_url) ctx.addIssue({ code: "custom", path: ["auth", "token_url"], message: "an OAuth2 connector needs the provider's token URL" });
    }
    if (value.auth_type === "custom_headers" && !value.auth.headers?.length) {
      ctx.addIssue({ code: "custom", path: ["auth", "headers"], message: "list the headers that carry the credential" });
    }
  });

export type DeclarativeConnector = z.output<typeof DeclarativeConnectorSchema>;
export type DeclarativeConnectorInput = z.input<typeof DeclarativeConnectorSchema>;
export type DeclarativeEndpoint = z.output<typeof DeclarativeEndpointSchema>;
