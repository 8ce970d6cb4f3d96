import type { ConnectorRequest } from "./connector-request";
import { ConnectorActionError } from "./connector-action-error";

/**
 * The URL an action's request goes to. With a base URL the path must stay on its origin — the connection's
 * credential is injected, so a path such as `//evil.example` or a full URL elsewhere is refused.
 */
export function resolveRequestUrl(baseUrl: string | undefined, request: Pick<ConnectorRequest, "path">): string {
  const { path } = request;
  if (baseUrl === undefined) {
    if (!URL.canParse(path) || !/^https?:$/.test(new URL(path).protocol)) throw new ConnectorActionError(`"${path}" is not an absolute http(s) URL.`);
    return path;
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) {
    throw new ConnectorActionError(`The request path "${path}" must start with a single "/" (it is joined to ${baseUrl}).`);
  }
  const base = new URL(baseUrl);
  const url = new URL(base.href.replace(/\/+$/, "") + path);
  if (url.origin !== base.origin) throw new ConnectorActionError(`The request path "${path}" leaves ${base.origin}.`);
  return url.href;
}

/** Query values as the wire carries them; undefined values are left out. */
export function queryStrings(query: ConnectorRequest["query"]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) result[key] = String(value);
  return result;
}
