import { ConnectorActionError } from "@/core/connectors";
import type { PostgresTarget } from "./connection-string";

/**
 * A failure that may pass on its own (the server restarting, a network blip, a deadlock): a plain Error, which the
 * step's retry policy retries, unlike a ConnectorActionError.
 */
export class DatabaseUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseUnavailableError";
  }
}

interface ServerError {
  message: string;
  code: string;
  detail?: string;
  hint?: string;
}

// SQLSTATE classes and codes a later attempt may get past: connection exceptions, insufficient resources,
// operator intervention (shutdown, restart), serialization failures and deadlocks.
const TRANSIENT = [/^08/, /^53/, /^57P0[1-4]$/, /^40001$/, /^40P01$/];

const NETWORK: Record<string, string> = {
  ECONNREFUSED: "the connection was refused (is the server running and listening on this port?)",
  ECONNRESET: "the connection was reset",
  ETIMEDOUT: "the connection timed out",
  EHOSTUNREACH: "the host is unreachable",
  ENETUNREACH: "the network is unreachable",
  EPIPE: "the connection was closed while sending",
  CONNECT_TIMEOUT: "the server did not accept the connection in time",
  CONNECTION_CLOSED: "the server closed the connection",
  CONNECTION_ENDED: "the connection was closed",
  CONNECTION_DESTROYED: "the connection was closed",
};

/** Every secret form of the target's password removed from a message (a server may quote what it was sent). */
function scrub(text: string, target: PostgresTarget): string {
  const secrets = [target.password, encodeURIComponent(target.password)].filter((secret) => secret.length >= 4);
  return secrets.reduce((scrubbed, secret) => scrubbed.split(secret).join("[redacted]"), text);
}

function serverErrorOf(error: unknown): ServerError | undefined {
  if (!(error instanceof Error) || error.name !== "PostgresError") return undefined;
  const { code, detail, hint } = error as Error & Partial<ServerError>;
  return typeof code === "string" ? { message: error.message, code, ...(detail ? { detail } : {}), ...(hint ? { hint } : {}) } : undefined;
}

/**
 * Any failure of a database run as an error a user can act on: the server's own message and SQLSTATE for what
 * it refused, a sentence for network failures — never the connection string or the password.
 */
export function toDatabaseError(error: unknown, target: PostgresTarget, deadlineMs?: number): Error {
  if (error instanceof ConnectorActionError || error instanceof DatabaseUnavailableError) return error;
  const where = `${target.host}:${target.port}`;
  if (deadlineMs !== undefined) {
    const limit = deadlineMs < 1000 ? `${deadlineMs} ms` : `${Math.round(deadlineMs / 1000)} s`;
    return new DatabaseUnavailableError(`PostgreSQL at ${where} did not finish within ${limit}; the run was abandoned and its transaction rolled back.`);
  }
  const server = serverErrorOf(error);
  if (server) {
    const extra = [server.detail && ` Detail: ${server.detail}`, server.hint && ` Hint: ${server.hint}`].filter(Boolean).join("");
    const text = scrub(`${server.message} (${server.code}).${extra}`, target);
    if (server.code.startsWith("28")) return new ConnectorActionError(`PostgreSQL refused the sign-in: ${text} Check the user name and password in the connection string.`);
    if (server.code === "3D000") return new ConnectorActionError(`PostgreSQL: ${text} Check the database name in the connection string.`);
    if (server.code === "57014") return new ConnectorActionError(`PostgreSQL: ${text} The statement ran longer than its timeout; make it faster or raise the step's timeout.`);
    if (TRANSIENT.some((pattern) => pattern.test(server.code))) return new DatabaseUnavailableError(`PostgreSQL: ${text} This is usually temporary; the step can be retried.`);
    return new ConnectorActionError(`PostgreSQL: ${text}`);
  }
  const code = typeof (error as { code?: unknown })?.code === "string" ? (error as { code: string }).code : "";
  const message = error instanceof Error ? error.message : String(error);
  if (/certificate|self[- ]signed|altname|tls|ssl/i.test(`${code} ${message}`)) {
    const why = /disconnected before secure TLS/i.test(message) ? "the server closed the connection when TLS began (it may not accept TLS)" : scrub(message, target);
    return new ConnectorActionError(`Could not open a TLS connection to PostgreSQL at ${where}: ${why}. Check the sslmode in the connection string (require encrypts without verifying the certificate; verify-full also checks it).`);
  }
  const network = NETWORK[code];
  if (network) return new DatabaseUnavailableError(`Could not reach PostgreSQL at ${where}: ${network}.`);
  return new DatabaseUnavailableError(`PostgreSQL at ${where} failed: ${scrub(message, target)}.`);
}

/** The SSRF guard's refusal, or a host that does not resolve, as a message about the database host. */
export function describeResolveFailure(error: unknown, target: PostgresTarget): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === "BlockedDestinationError") {
    return new ConnectorActionError(`Junction does not connect to the database host ${target.host}: ${message.replace(/^Refused to call this address: /, "")} Use the database's public host name, or ask your administrator to allow this host.`);
  }
  const code = (error as { code?: unknown })?.code;
  if (code === "ENOTFOUND") return new ConnectorActionError(`The database host ${target.host} does not resolve; check the host name in the connection string.`);
  return new DatabaseUnavailableError(`Could not look up the database host ${target.host}: ${message}`);
}
