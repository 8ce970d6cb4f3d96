import { connect } from "node:net";
import postgres from "postgres";
import { ConnectorActionError, type ActionRunTools } from "@/core/connectors";
import { parseConnectionString, type PostgresTarget } from "./connection-string";
import { ARRAY_TYPES } from "./pg-arrays";
import { describeResolveFailure, toDatabaseError } from "./postgres-errors";
import { tlsOptionsFor } from "./tls-options";

export type Database = postgres.Sql;
export type Transaction = postgres.TransactionSql;

const passThrough = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));

// Dates and timestamps without a zone stay the server's text: as JS Dates they would move with the worker's zone.
// Values sent for dates, timestamps and bytea go as written, for the server to read (`new Date()` would shift
// them; a `\x…` hex string, the form bytea is read out in, would be stored as its characters).
const TYPES: Record<string, postgres.PostgresType> = {
  localDate: { to: 1082, from: [1082, 1114], serialize: passThrough, parse: (text: string) => text },
  instant: { to: 1184, from: [1184], serialize: passThrough, parse: (text: string) => new Date(text) },
  bytes: {
    to: 17,
    from: [17],
    serialize: (value: unknown) => (value instanceof Uint8Array ? `\\x${Buffer.from(value).toString("hex")}` : String(value)),
    parse: (text: string) => Buffer.from(text.slice(2), "hex"),
  },
  ...ARRAY_TYPES,
};

/** The connection's target, read from its stored connection string (which no message repeats). */
export function targetOf(tools: Pick<ActionRunTools, "connectionValues">): PostgresTarget {
  const connectionString = tools.connectionValues().connectionString;
  if (!connectionString) throw new ConnectorActionError("The PostgreSQL connection has no connection string; edit the connection and fill it in.");
  return parseConnectionString(connectionString);
}

export interface DatabaseWork<T> {
  /** The whole run — connect, queries, close — is abandoned after this long. */
  deadlineMs: number;
  work(db: Database): Promise<T>;
}

/**
 * One client for one action: the host checked by the SSRF guard and the socket opened to the address it approved
 * (DNS cannot change it in between), one connection, no prepared statements (poolers in transaction mode), and the
 * client always ended — on success, on error, and when the deadline passes.
 */
export async function withDatabase<T>(tools: ActionRunTools, { deadlineMs, work }: DatabaseWork<T>): Promise<T> {
  const target = targetOf(tools);
  const destination = await tools.resolveDestination(target.host).catch((error: unknown) => {
    throw describeResolveFailure(error, target);
  });
  // An options object with `socket`, which postgres.js supports but does not declare; `host` and `port` only name it.
  const options: postgres.Options<Record<string, postgres.PostgresType>> & { socket: () => ReturnType<typeof connect> } = {
    socket: () => connect({ host: destination.address, port: target.port, family: destination.family }),
    host: target.host,
    port: target.port,
    database: target.database,
    username: target.user,
    // A function: postgres.js falls back to the PGPASSWORD of Junction's own environment for an empty string.
    password: () => target.password,
    ssl: tlsOptionsFor(target),
    max: 1,
    prepare: false,
    connect_timeout: target.connectTimeoutSeconds,
    idle_timeout: 1,
    // Its startup query's failure would be an unhandled rejection; the built-in array types are in TYPES instead.
    fetch_types: false,
    types: TYPES,
    onnotice: () => {},
    connection: { application_name: "Junction", ...target.parameters },
  };
  const sql = postgres(options);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void sql.end({ timeout: 0 });
  }, deadlineMs);
  try {
    return await work(sql);
  } catch (error) {
    throw toDatabaseError(error, target, timedOut ? deadlineMs : undefined);
  } finally {
    clearTimeout(timer);
    await sql.end({ timeout: 5 }).catch(() => {});
  }
}

export interface TransactionOptions {
  readOnly: boolean;
  statementTimeoutMs: number;
}

/**
 * Work inside one transaction, its statement timeout set with SET LOCAL: unlike a startup parameter it passes
 * through PgBouncer-style poolers, and ends with the transaction instead of staying on a pooled server connection.
 */
export function inTransaction<T>(db: Database, { readOnly, statementTimeoutMs }: TransactionOptions, work: (tx: Transaction) => Promise<T>): Promise<T> {
  const body = async (tx: Transaction) => {
    await tx.unsafe(`set local statement_timeout = ${Math.trunc(statementTimeoutMs)}`);
    return work(tx);
  };
  return (readOnly ? db.begin("read only", body) : db.begin(body)) as Promise<T>;
}
