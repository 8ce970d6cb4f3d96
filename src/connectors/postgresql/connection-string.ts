import { ConnectorActionError } from "@/core/connectors";

export const SSL_MODES = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"] as const;
export type SslMode = (typeof SSL_MODES)[number];

/** Where and how to connect, read from a connection string. Never shown: it holds the password. */
export interface PostgresTarget {
  /** A host name or an IP literal (IPv6 without brackets). */
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  sslmode: SslMode;
  connectTimeoutSeconds: number;
  /** Startup parameters passed on to the server (application_name, options). */
  parameters: Record<string, string>;
}

const PASSED_ON = new Set(["application_name", "options"]);
// libpq parameters that providers put in the strings they hand out, with no effect on a TCP client like this one.
const IGNORED = new Set(["channel_binding", "gssencmode", "target_session_attrs", "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout", "pgbouncer"]);
const READ = new Set(["host", "port", "dbname", "user", "password", "sslmode", "sslrootcert", "connect_timeout", ...PASSED_ON, ...IGNORED]);
const DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;

// Messages never quote the string: it holds the password.
const invalid = (why: string) => new ConnectorActionError(`The PostgreSQL connection string ${why}; edit the connection.`);

/**
 * Reads a `postgres://user:password@host:5432/db?sslmode=require` URL or a libpq `host=… dbname=…` string.
 * Refuses what Junction cannot or must not do: Unix sockets, several hosts, certificate files on disk.
 */
export function parseConnectionString(text: string): PostgresTarget {
  const trimmed = text.trim();
  const values = /^postgres(?:ql)?:\/\//i.test(trimmed) ? readUrl(trimmed) : /^\w+\s*=/.test(trimmed) ? readKeywords(trimmed) : undefined;
  if (!values) throw invalid("is neither a postgres:// URL nor a list of key=value settings (e.g. postgres://app:password@db.example.com:5432/app?sslmode=require)");
  for (const key of Object.keys(values)) {
    if (!READ.has(key)) throw invalid(`has a setting Junction does not support ("${key}"); it reads host, port, dbname, user, password, sslmode, sslrootcert=system, connect_timeout, application_name and options`);
  }
  const host = values.host ?? "";
  if (host.startsWith("/") || host.startsWith("@")) throw invalid(`names a Unix socket (${host}); Junction connects over TCP only: give the server's host name and port instead`);
  if (host.includes(",")) throw invalid("names several hosts; give one host (the primary, or your provider's pooler address)");
  if (host === "") throw invalid("names no host (e.g. postgres://app:password@db.example.com:5432/app)");
  const user = values.user ?? "";
  if (user === "") throw invalid("names no user (e.g. postgres://app:password@db.example.com:5432/app)");
  return {
    host: host.replace(/^\[|\]$/g, ""),
    port: portOf(values.port),
    database: values.dbname || user,
    user,
    password: values.password ?? "",
    sslmode: sslModeOf(values.sslmode, values.sslrootcert),
    connectTimeoutSeconds: connectTimeoutOf(values.connect_timeout),
    parameters: Object.fromEntries(Object.entries(values).filter(([key]) => PASSED_ON.has(key))),
  };
}

function readUrl(text: string): Record<string, string> {
  // A comma in the host part is a multi-host URL, which the URL parser would not read as such.
  const authority = /^postgres(?:ql)?:\/\/([^/?#]*)/i.exec(text)?.[1] ?? "";
  const hostPart = authority.slice(authority.lastIndexOf("@") + 1);
  if (hostPart.includes(",")) throw invalid("names several hosts; give one host (the primary, or your provider's pooler address)");
  if (!URL.canParse(text)) {
    if (hostPart === "") throw invalid("names no host (e.g. postgres://app:password@db.example.com:5432/app)");
    throw invalid("is not a valid URL (characters such as @ : / ? # in the password must be percent-encoded, e.g. @ as %40)");
  }
  const url = new URL(text);
  const values: Record<string, string> = {};
  const decode = (part: string, what: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      throw invalid(`has a badly percent-encoded ${what}`);
    }
  };
  if (url.hostname) values.host = decode(url.hostname, "host");
  if (url.port) values.port = url.port;
  if (url.username) values.user = decode(url.username, "user name");
  if (url.password) values.password = decode(url.password, "password");
  const database = decode(url.pathname.replace(/^\//, ""), "database name");
  if (database) values.dbname = database;
  // Query parameters override the parts before them, as in libpq (`?host=/var/run/postgresql` included).
  for (const [key, value] of url.searchParams) values[key] = value;
  return values;
}

/** `key=value` pairs separated by spaces; a value may be single-quoted with \' and \\ inside. */
function readKeywords(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const pair = /\s*(\w+)\s*=\s*(?:'((?:[^'\\]|\\.)*)'|([^\s']*))/y;
  while (pair.lastIndex < text.length) {
    const start = pair.lastIndex;
    const match = pair.exec(text);
    if (!match) {
      if (text.slice(start).trim() === "") break;
      throw invalid(`could not be read after character ${start} (write key=value pairs separated by spaces; quote values with spaces in single quotes)`);
    }
    values[match[1]!] = match[2] !== undefined ? match[2].replace(/\\(.)/g, "$1") : match[3]!;
  }
  return values;
}

function portOf(value: string | undefined): number {
  if (value === undefined || value === "") return 5432;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) throw invalid(`has port "${value}", which is not a port number (1–65535)`);
  return port;
}

function sslModeOf(mode: string | undefined, rootCert: string | undefined): SslMode {
  if (rootCert !== undefined && rootCert !== "system") {
    throw invalid("names a certificate file (sslrootcert), which Junction cannot read; use sslrootcert=system to verify against the public certificate authorities, or sslmode=require");
  }
  if (mode === undefined || mode === "") return rootCert === "system" ? "verify-full" : "prefer";
  if (!(SSL_MODES as readonly string[]).includes(mode)) throw invalid(`has sslmode "${mode}"; use disable, prefer, require, verify-ca or verify-full`);
  return mode as SslMode;
}

function connectTimeoutOf(value: string | undefined): number {
  if (value === undefined || value === "") return DEFAULT_CONNECT_TIMEOUT_SECONDS;
  const seconds = Number(value);
  if (!/^\d+$/.test(value)) throw invalid(`has connect_timeout "${value}", which is not a number of seconds`);
  // 0 means "wait forever" in libpq; a step never should.
  return seconds === 0 ? DEFAULT_CONNECT_TIMEOUT_SECONDS : Math.min(Math.max(seconds, 2), 30);
}
