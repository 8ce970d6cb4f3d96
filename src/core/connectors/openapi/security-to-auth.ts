import type { DeclarativeConnectorInput } from "../declarative/declarative-schema";
import type { ImportWarnings } from "./import-warnings";
import { arrayAt, isJsonObject, objectAt, stringAt, type JsonObject } from "./json-values";
import type { Location } from "./location";
import type { RefResolver } from "./resolve-refs";

export type ImportedAuth = Pick<DeclarativeConnectorInput, "auth_type" | "auth">;

/** One security requirement: the schemes it names (all needed together), with where it was found. */
interface Requirement {
  schemes: { name: string; scopes: string[] }[];
  location: Location;
}

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * The connector's auth from the document's security schemes. A custom connector has one auth method, so the first
 * scheme of the global `security` requirements that Junction can use is taken and the others are warned about.
 * Without a global requirement, the operations' requirements are used, then the declared schemes; no scheme → none.
 */
export function securityToAuth(document: JsonObject, resolver: RefResolver, baseUrl: string, warnings: ImportWarnings): ImportedAuth {
  const schemes = objectAt(objectAt(document, "components") ?? {}, "securitySchemes") ?? {};
  const { requirements, location } = requirementsOf(document, schemes, warnings);
  const convert = (name: string, scopes: string[], location: Location): ImportedAuth | undefined => {
    if (!Object.hasOwn(schemes, name)) {
      warnings.add(location, `the security scheme "${name}" is not defined in components.securitySchemes`);
      return undefined;
    }
    const resolved = resolver.follow(schemes[name], ["components", "securitySchemes", name]);
    if (!resolved || !isJsonObject(resolved.value)) return undefined;
    return schemeToAuth(name, resolved.value, scopes, resolved.location, baseUrl, warnings);
  };

  for (const [index, requirement] of requirements.entries()) {
    const chosen = requirementToAuth(requirement, schemes, resolver, convert, warnings);
    if (!chosen) continue;
    const rest = [...new Set(requirements.slice(index + 1).flatMap((r) => r.schemes.map((s) => s.name)))].filter((name) => !requirement.schemes.some((s) => s.name === name));
    if (rest.length > 0) {
      warnings.add(location, `the API also accepts ${rest.map((name) => `"${name}"`).join(", ")}; a custom connector has one auth method, so it uses "${chosen.name}"`);
    }
    return chosen.auth;
  }
  return { auth_type: "none" };
}

/**
 * The auth for one requirement (its schemes are all needed together): several header API keys become custom headers;
 * otherwise the first scheme Junction can use, with a warning that the others are not sent.
 */
function requirementToAuth(
  requirement: Requirement,
  schemes: JsonObject,
  resolver: RefResolver,
  convert: (name: string, scopes: string[], location: Location) => ImportedAuth | undefined,
  warnings: ImportWarnings,
): { auth: ImportedAuth; name: string } | undefined {
  if (requirement.schemes.length > 1) {
    const together = headersTogether(requirement, schemes, resolver);
    if (together) return { auth: together, name: requirement.schemes.map((s) => s.name).join(" + ") };
  }
  for (const scheme of requirement.schemes) {
    const auth = convert(scheme.name, scheme.scopes, requirement.location);
    if (!auth) continue;
    const others = requirement.schemes.filter((s) => s !== scheme).map((s) => `"${s.name}"`);
    if (others.length > 0) warnings.add(requirement.location, `the API wants "${scheme.name}" together with ${others.join(", ")}; the connector sends only "${scheme.name}"`);
    return { auth, name: scheme.name };
  }
  return undefined;
}

/** The requirements in order of preference, and where they are listed (undefined: across the operations). */
function requirementsOf(document: JsonObject, schemes: JsonObject, warnings: ImportWarnings): { requirements: Requirement[]; location: Location | undefined } {
  const global = arrayAt(document, "security");
  if (global) return { requirements: parseRequirements(global, ["security"]), location: ["security"] };
  const fromOperations: Requirement[] = [];
  const seen = new Set<string>();
  for (const [path, item] of Object.entries(objectAt(document, "paths") ?? {})) {
    if (!isJsonObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = objectAt(item, method);
      const security = operation ? arrayAt(operation, "security") : undefined;
      for (const requirement of security ? parseRequirements(security, ["paths", path, method, "security"]) : []) {
        const key = requirement.schemes.map((s) => s.name).join("+");
        if (seen.has(key)) continue;
        seen.add(key);
        fromOperations.push(requirement);
      }
    }
  }
  if (fromOperations.some((r) => r.schemes.length > 0)) return { requirements: fromOperations, location: undefined };
  const declared = Object.keys(schemes);
  if (declared.length === 0) return { requirements: [], location: undefined };
  warnings.add(["components", "securitySchemes"], "no security requirement names a scheme; the connector uses the first declared scheme it can");
  return { requirements: declared.map((name) => ({ schemes: [{ name, scopes: [] }], location: ["components", "securitySchemes", name] })), location: ["components", "securitySchemes"] };
}

function parseRequirements(list: unknown[], location: Location): Requirement[] {
  return list.filter(isJsonObject).map((requirement, i) => ({
    schemes: Object.entries(requirement).map(([name, scopes]) => ({ name, scopes: Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === "string") : [] })),
    location: [...location, i],
  }));
}

/** Several API keys in headers needed together (an app id and a key) map onto custom headers. */
function headersTogether(requirement: Requirement, schemes: JsonObject, resolver: RefResolver): ImportedAuth | undefined {
  const headers: { header: string; label: string }[] = [];
  for (const { name } of requirement.schemes) {
    const scheme = Object.hasOwn(schemes, name) ? resolver.follow(schemes[name], ["components", "securitySchemes", name])?.value : undefined;
    if (!isJsonObject(scheme) || scheme.type !== "apiKey" || scheme.in !== "header") return undefined;
    const header = stringAt(scheme, "name");
    if (!header || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(header)) return undefined;
    headers.push({ header, label: name });
  }
  return { auth_type: "custom_headers", auth: { headers } };
}

function schemeToAuth(name: string, scheme: JsonObject, scopes: string[], location: Location, baseUrl: string, warnings: ImportWarnings): ImportedAuth | undefined {
  const type = stringAt(scheme, "type");
  switch (type) {
    case "apiKey": {
      const where = stringAt(scheme, "in");
      const keyName = stringAt(scheme, "name");
      if ((where === "header" || where === "query") && keyName) return { auth_type: "api_key", auth: { in: where, name: keyName } };
      warnings.add(location, where === "cookie" ? `the API key "${name}" goes in a cookie, which custom connectors cannot send` : `the API key "${name}" has no usable "in" (header or query) and "name"`);
      return undefined;
    }
    case "http": {
      const httpScheme = stringAt(scheme, "scheme")?.toLowerCase();
      if (httpScheme === "bearer") return { auth_type: "bearer" };
      if (httpScheme === "basic") return { auth_type: "basic" };
      warnings.add(location, `HTTP "${httpScheme ?? "?"}" authentication is not supported by custom connectors (bearer and basic are)`);
      return undefined;
    }
    case "oauth2":
      return oauth2ToAuth(name, objectAt(scheme, "flows") ?? {}, scopes, location, baseUrl, warnings);
    case "openIdConnect":
      warnings.add(location, `OpenID Connect ("${name}") is not supported by custom connectors: they need the provider's OAuth2 authorize and token URLs, which only its discovery document holds`);
      return undefined;
    default:
      warnings.add(location, `the security scheme type "${type ?? "?"}" is not supported by custom connectors`);
      return undefined;
  }
}

function oauth2ToAuth(name: string, flows: JsonObject, scopes: string[], location: Location, baseUrl: string, warnings: ImportWarnings): ImportedAuth | undefined {
  const code = objectAt(flows, "authorizationCode");
  if (code) {
    const authorize = absoluteUrl(stringAt(code, "authorizationUrl"), baseUrl);
    const token = absoluteUrl(stringAt(code, "tokenUrl"), baseUrl);
    return { auth_type: "oauth2", auth: { ...(authorize ? { authorize_url: authorize } : {}), ...(token ? { token_url: token } : {}), scopes: scopesOf(code, scopes) } };
  }
  const client = objectAt(flows, "clientCredentials");
  if (client) {
    const token = absoluteUrl(stringAt(client, "tokenUrl"), baseUrl);
    warnings.add(
      location,
      `"${name}" offers only the OAuth2 client-credentials flow, and custom connectors sign in with the authorization-code flow: add auth.authorize_url before saving, or change auth_type to bearer and paste a token`,
    );
    return { auth_type: "oauth2", auth: { ...(token ? { token_url: token } : {}), scopes: scopesOf(client, scopes) } };
  }
  warnings.add(location, `"${name}" offers only the OAuth2 ${Object.keys(flows).join("/") || "(no)"} flow; custom connectors need the authorization-code flow`);
  return undefined;
}

/** The scopes the requirement asks for; when it names none, every scope the flow lists. */
function scopesOf(flow: JsonObject, required: string[]): string[] {
  return required.length > 0 ? required : Object.keys(objectAt(flow, "scopes") ?? {});
}

/** OAuth URLs may be relative to the server. */
function absoluteUrl(url: string | undefined, baseUrl: string): string | undefined {
  if (!url) return undefined;
  return URL.canParse(url, `${baseUrl}/`) ? new URL(url, `${baseUrl}/`).href : url;
}
