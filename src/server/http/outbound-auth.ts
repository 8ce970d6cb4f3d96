import { HttpCallError, type CredentialNoun } from "./http-errors";

/**
 * A connection's credential as the outbound path applies it to a request. The connection layer opens the
 * vault and builds one of these inside the step; the client injects it, redacts it from the call log and
 * scrubs it from error messages, and never sends it to another origin after a redirect.
 */
export type OutboundAuth =
  | { type: "none" }
  | { type: "bearer"; token: string }
  /** e.g. `{ header: "x-api-key", key }`, or `{ header: "authorization", prefix: "Token ", key }`. */
  | { type: "api_key_header"; header: string; key: string; prefix?: string }
  | { type: "api_key_query"; param: string; key: string }
  | { type: "basic"; username: string; password: string }
  /** Several headers that together make the credential (e.g. a key id and a secret). */
  | { type: "headers"; headers: Record<string, string> };

export interface InjectedCredential {
  /** Header names in lower case. */
  headers: Record<string, string>;
  query: Record<string, string>;
  secretHeaderNames: string[];
  secretQueryParams: string[];
  /** Every form of the secret that could be echoed back into a message. */
  secretValues: string[];
  noun: CredentialNoun;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const NO_CREDENTIAL: InjectedCredential = { headers: {}, query: {}, secretHeaderNames: [], secretQueryParams: [], secretValues: [], noun: "credentials" };

export function injectedCredential(auth: OutboundAuth | undefined): InjectedCredential {
  if (!auth || auth.type === "none") return NO_CREDENTIAL;
  switch (auth.type) {
    case "bearer":
      return headerCredential({ authorization: `Bearer ${requireValue(auth.token, "token")}` }, [auth.token], "token");
    case "api_key_header": {
      const value = `${auth.prefix ?? ""}${requireValue(auth.key, "API key")}`;
      return headerCredential({ [headerName(auth.header)]: value }, [auth.key], "API key");
    }
    case "api_key_query": {
      if (!auth.param.trim()) throw invalidCredential("The connection's API key parameter name is empty.");
      const key = requireValue(auth.key, "API key");
      return { ...NO_CREDENTIAL, query: { [auth.param]: key }, secretQueryParams: [auth.param], secretValues: [key], noun: "API key" };
    }
    case "basic": {
      // RFC 7617: the user-id cannot contain a colon, or the server splits it in the wrong place.
      if (auth.username.includes(":")) throw invalidCredential("The connection's user name contains a colon, which basic authentication cannot carry.");
      const pair = `${auth.username}:${auth.password}`;
      const encoded = Buffer.from(pair, "utf8").toString("base64");
      return headerCredential({ authorization: `Basic ${encoded}` }, [auth.password, pair, encoded], "user name or password");
    }
    case "headers": {
      const headers = Object.fromEntries(Object.entries(auth.headers).map(([name, value]) => [headerName(name), requireValue(value, `${name} header`)]));
      return headerCredential(headers, Object.values(auth.headers), "credentials");
    }
  }
}

/** Sets the credential's headers over the request's, whatever the case of the names the request used. */
export function withCredentialHeaders(headers: Record<string, string>, credential: InjectedCredential): Record<string, string> {
  const injected = new Set(Object.keys(credential.headers));
  const kept = Object.entries(headers).filter(([name]) => !injected.has(name.toLowerCase()));
  return { ...Object.fromEntries(kept), ...credential.headers };
}

function headerCredential(headers: Record<string, string>, raw: string[], noun: CredentialNoun): InjectedCredential {
  return { ...NO_CREDENTIAL, headers, secretHeaderNames: Object.keys(headers), secretValues: [...raw, ...Object.values(headers)], noun };
}

function headerName(name: string): string {
  if (!HEADER_NAME.test(name)) throw invalidCredential(`The connection's header name "${name}" is not a valid HTTP header name.`);
  return name.toLowerCase();
}

function requireValue(value: string, what: string): string {
  if (!value) throw invalidCredential(`The connection's ${what} is empty; reconnect the connection.`);
  // A line break would let the value start a header of its own.
  if (/[\r\n\0]/.test(value)) throw invalidCredential(`The connection's ${what} contains a line break; reconnect the connection with the value alone.`);
  return value;
}

function invalidCredential(message: string): HttpCallError {
  return new HttpCallError("auth", message, false);
}
