import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConnectorActionError, type ActionRunTools } from "@/core/connectors";
import { runActionAgainst } from "@/test/connector-harness";
import { postgresqlConnector } from ".";
import { queryAction } from "./actions/query";
import { withDatabase } from "./open-database";
import { DatabaseUnavailableError } from "./postgres-errors";

const CANARY = "canary-Pa55word-71c2";
const input = { sql: "select 1" };

const run = (connectionString: string, actionInput: unknown = input) =>
  runActionAgainst(postgresqlConnector, "query", { baseUrl: "http://unused.invalid", authType: "fields", credentials: { connectionString } }, actionInput).then(
    () => { throw new Error("expected the action to fail"); },
    (error: unknown) => error as Error,
  );

/** Enough of the PostgreSQL protocol to ask for a cleartext password and refuse it with `message`. */
async function startRefusingServer(message: (password: string) => string): Promise<{ port: number; passwords: string[]; server: Server }> {
  const passwords: string[] = [];
  const field = (type: string, value: string) => Buffer.concat([Buffer.from(type), Buffer.from(value), Buffer.from([0])]);
  const server = createServer((socket: Socket) => {
    let buffer = Buffer.alloc(0);
    let startedUp = false;
    let refused = false;
    socket.on("data", (chunk: Buffer) => {
      if (refused) return; // the client's Terminate after the refusal
      buffer = Buffer.concat([buffer, chunk]);
      if (!startedUp && buffer.length >= 8) {
        const length = buffer.readInt32BE(0);
        if (length === 8 && buffer.readInt32BE(4) === 80877103) {
          buffer = buffer.subarray(8);
          socket.write("N"); // SSLRequest: no TLS here
          return;
        }
        if (buffer.length < length) return;
        buffer = buffer.subarray(length);
        startedUp = true;
        socket.write(Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 3])); // AuthenticationCleartextPassword
        return;
      }
      if (startedUp && buffer.length >= 5 && buffer[0] === 0x70 && buffer.length >= 1 + buffer.readInt32BE(1)) {
        const password = buffer.subarray(5, 1 + buffer.readInt32BE(1) - 1).toString();
        passwords.push(password);
        refused = true;
        const fields = Buffer.concat([field("S", "FATAL"), field("V", "FATAL"), field("C", "28P01"), field("M", message(password)), Buffer.from([0])]);
        const header = Buffer.alloc(5);
        header.write("E");
        header.writeInt32BE(4 + fields.length, 1);
        socket.end(Buffer.concat([header, fields]));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, passwords, server };
}

let servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  servers = [];
});

describe("postgresql refuses before connecting", () => {
  it("a Unix-socket host, in the URL query or as libpq settings", async () => {
    for (const connectionString of [`postgres:///app?host=/var/run/postgresql&user=app&password=${CANARY}`, `host=/var/run/postgresql dbname=app user=app password=${CANARY}`]) {
      const error = await run(connectionString);
      expect(error).toBeInstanceOf(ConnectorActionError);
      expect(error.message).toBe("The PostgreSQL connection string names a Unix socket (/var/run/postgresql); Junction connects over TCP only: give the server's host name and port instead; edit the connection.");
    }
  });

  it("private, metadata and loopback addresses not allow-listed, through the SSRF guard", async () => {
    const cases: [string, string][] = [
      ["10.0.0.1", "Junction does not connect to the database host 10.0.0.1: 10.0.0.1 is a private network address."],
      ["169.254.169.254", "Junction does not connect to the database host 169.254.169.254: 169.254.169.254 is the cloud metadata service (AWS, GCP, Azure, Oracle, DigitalOcean)."],
      // Only 127.0.0.1 is allow-listed in tests: "localhost" resolves to it but is judged by its address.
      ["localhost", "Junction does not connect to the database host localhost: localhost resolves to"],
    ];
    for (const [host, expected] of cases) {
      const error = await run(`postgres://app:${CANARY}@${host}:5432/app?connect_timeout=2`);
      expect(error).toBeInstanceOf(ConnectorActionError);
      expect(error.message).toContain(expected);
      expect(error.message).not.toContain("canary");
    }
  });

  it("asks the guard for the host and connects to no other address", async () => {
    const resolveDestination = vi.fn(async (host: string): Promise<{ address: string; family: number }> => {
      throw Object.assign(new Error(`Refused to call this address: ${host} is a private network address.`), { name: "BlockedDestinationError" });
    });
    const tools: ActionRunTools = {
      idempotencyKey: "run-1:step-1",
      request: () => Promise.reject(new Error("no HTTP")),
      paginate: () => { throw new Error("no HTTP"); },
      connectionValues: () => ({ connectionString: `postgres://app:${CANARY}@db.internal.example.com/app` }),
      resolveDestination,
    };
    await expect(queryAction.run!(queryAction.input.parse(input), tools)).rejects.toThrow(/does not connect to the database host db\.internal\.example\.com/);
    expect(resolveDestination).toHaveBeenCalledWith("db.internal.example.com");
  });
});

describe("postgresql sign-in and network failures never show the password", () => {
  it("a wrong password: the server's message and SQLSTATE, not the password", async () => {
    const fake = await startRefusingServer(() => 'password authentication failed for user "app"');
    servers.push(fake.server);
    const error = await run(`postgres://app:${CANARY}@127.0.0.1:${fake.port}/app?sslmode=disable`);
    expect(fake.passwords).toEqual([CANARY]);
    expect(error).toBeInstanceOf(ConnectorActionError);
    expect(error.message).toBe('PostgreSQL refused the sign-in: password authentication failed for user "app" (28P01). Check the user name and password in the connection string.');
  });

  it("a server that quotes the password back has it scrubbed", async () => {
    const fake = await startRefusingServer((password) => `password "${password}" is wrong for user "app"`);
    servers.push(fake.server);
    const error = await run(`postgres://app:${CANARY}@127.0.0.1:${fake.port}/app?sslmode=prefer`);
    expect(error.message).toBe('PostgreSQL refused the sign-in: password "[redacted]" is wrong for user "app" (28P01). Check the user name and password in the connection string.');
  });

  it("a refused connection is a retriable failure naming the host and port only", async () => {
    const closed = await startRefusingServer(() => "");
    const { port } = closed;
    await new Promise((resolve) => closed.server.close(resolve));
    const error = await run(`postgres://app:${CANARY}@127.0.0.1:${port}/app`);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error).not.toBeInstanceOf(ConnectorActionError);
    expect(error.message).toBe(`Could not reach PostgreSQL at 127.0.0.1:${port}: the connection was refused (is the server running and listening on this port?).`);
  });

  it("a server that accepts the connection and says nothing times out as a retriable failure", async () => {
    // Reading (and dropping) what arrives lets the server see the client hang up, so it can close after the test.
    const silent = createServer((socket) => socket.resume());
    servers.push(silent);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    const started = Date.now();
    const error = await run(`postgres://app:${CANARY}@127.0.0.1:${port}/app?sslmode=disable&connect_timeout=2`);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error.message).toBe(`Could not reach PostgreSQL at 127.0.0.1:${port}: the server did not accept the connection in time.`);
  }, 15_000);

  it("a server that signs in and then stalls is abandoned at the deadline, the client closed", async () => {
    let clientClosed = false;
    const stalling = createServer((socket) => {
      socket.once("data", () => socket.write(Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0, 0x5a, 0, 0, 0, 5, 0x49]))); // AuthenticationOk, ReadyForQuery
      socket.on("close", () => (clientClosed = true));
      socket.resume();
    });
    servers.push(stalling);
    await new Promise<void>((resolve) => stalling.listen(0, "127.0.0.1", resolve));
    const { port } = stalling.address() as AddressInfo;
    const tools = {
      connectionValues: () => ({ connectionString: `postgres://app:${CANARY}@127.0.0.1:${port}/app?sslmode=disable` }),
      resolveDestination: async () => ({ address: "127.0.0.1", family: 4 }),
    } as unknown as ActionRunTools;
    const error = await withDatabase(tools, { deadlineMs: 300, work: (db) => db`select 1` }).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toBe(`PostgreSQL at 127.0.0.1:${port} did not finish within 300 ms; the run was abandoned and its transaction rolled back.`);
    await vi.waitFor(() => expect(clientClosed).toBe(true));
  });

  it("a connection without a connection string says what to fill in", async () => {
    const error = await runActionAgainst(postgresqlConnector, "query", { baseUrl: "http://unused.invalid", authType: "fields", credentials: {} }, input).catch((e: unknown) => e as Error);
    expect((error as Error).message).toBe("The PostgreSQL connection has no connection string; edit the connection and fill it in.");
  });
});
