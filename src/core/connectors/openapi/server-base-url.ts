import { arrayAt, isJsonObject, objectAt, stringAt, type JsonObject } from "./json-values";
import { OpenApiImportError } from "./openapi-import-error";

/**
 * The connector's base URL: `options.baseUrl` when given (it replaces the document's servers), else `servers[0].url`
 * with its `{variables}` replaced by their defaults. A relative server URL (or none) cannot be called: the error asks
 * for the API's absolute URL.
 */
export function serverBaseUrl(document: JsonObject, baseUrl?: string): string {
  if (baseUrl !== undefined) return absoluteHttpUrl(baseUrl, "options.baseUrl");
  const server = arrayAt(document, "servers")?.[0];
  const template = isJsonObject(server) ? stringAt(server, "url") : undefined;
  if (template === undefined || template.trim() === "") {
    throw new OpenApiImportError("the document names no server; pass the API's absolute URL as options.baseUrl (e.g. https://api.example.com/v1)", ["servers"]);
  }
  const url = substituteVariables(template, isJsonObject(server) ? objectAt(server, "variables") : undefined);
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    throw new OpenApiImportError(
      `the server URL "${url}" is relative (the document expects to be served by the API itself); pass the API's absolute URL as options.baseUrl (e.g. https://api.example.com${url.startsWith("/") ? url : `/${url}`})`,
      ["servers", 0, "url"],
    );
  }
  return absoluteHttpUrl(url, "servers[0].url");
}

function substituteVariables(template: string, variables: JsonObject | undefined): string {
  return template.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const variable = variables ? objectAt(variables, name) : undefined;
    const fallback = variable ? variable.default : undefined;
    if (typeof fallback !== "string" && typeof fallback !== "number") {
      throw new OpenApiImportError(`the server URL uses {${name}}, which has no default value; give it one, or pass options.baseUrl`, ["servers", 0, "variables", name]);
    }
    return String(fallback);
  });
}

function absoluteHttpUrl(value: string, what: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !/^https?:$/.test(url.protocol)) throw new OpenApiImportError(`${what} "${value}" is not an absolute http(s) URL`);
  // Paths are joined to it ("/v1" + "/pets"); a trailing slash would only be trimmed later.
  return url.href.replace(/\/+$/, "");
}
