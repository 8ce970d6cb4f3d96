import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectorActionError, describeConnector } from "@/core/connectors";
import { pollTriggerAgainst } from "@/test/connector-harness";
import { postgresqlConnector } from ".";
import { newRowInput } from "./new-row-trigger";

const CANARY = "canary-Pa55word-71c2";
const poll = (connectionString: string, cursor: string | undefined, input: unknown) =>
  pollTriggerAgainst(postgresqlConnector, "new_row", { baseUrl: "http://unused.invalid", authType: "fields", credentials: { connectionString } }, cursor, input);
const failure = (connectionString: string, cursor: string | undefined, input: unknown) =>
  poll(connectionString, cursor, input).then(() => { throw new Error("expected the poll to fail"); }, (error: unknown) => error as Error);

describe("postgresql.new_row without a server", () => {
  it("is a polling trigger, once a minute, next to the actions", () => {
    expect(describeConnector(postgresqlConnector).triggers).toEqual([expect.objectContaining({ id: "postgresql.new_row", kind: "polling" })]);
    expect(postgresqlConnector.triggers[0]).toMatchObject({ intervalMs: 60_000 });
  });

  it("validates its input with clear messages", () => {
    expect(newRowInput.parse({ table: " sales.orders ", column: "created_at" })).toEqual({ table: "sales.orders", column: "created_at", limit: 100 });
    const messages = (input: unknown) => newRowInput.safeParse(input).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(messages({ table: "a.b.c", column: "orders.id", limit: 5000 })).toEqual([
      'table: "a.b.c" has more than one dot; write table or schema.table',
      'column: The column name "orders.id" contains a dot; give the column\'s name as created',
      "limit: Too big: expected number to be <=1000",
    ]);
    expect(messages({ table: "", column: "", limit: 0 })).toEqual([
      "table: name the table, e.g. orders or sales.orders",
      'table: The table name "" is not valid: a part is empty; write table or schema.table',
      'column: The column name "" is empty; give the column\'s name as created',
      "limit: Too small: expected number to be >=1",
    ]);
  });

  it("refuses a Unix socket and private addresses before connecting, without the password", async () => {
    const input = { table: "orders", column: "id" };
    const socket = await failure(`postgres:///app?host=/var/run/postgresql&user=app&password=${CANARY}`, "1", input);
    expect(socket).toBeInstanceOf(ConnectorActionError);
    expect(socket.message).toBe("The PostgreSQL connection string names a Unix socket (/var/run/postgresql); Junction connects over TCP only: give the server's host name and port instead; edit the connection.");
    const refused = await failure(`postgres://app:${CANARY}@10.0.0.1:5432/app?connect_timeout=2`, undefined, input);
    expect(refused).toBeInstanceOf(ConnectorActionError);
    expect(refused.message).toBe("Junction does not connect to the database host 10.0.0.1: 10.0.0.1 is a private network address. Use the database's public host name, or ask your administrator to allow this host.");
    for (const error of [socket, refused]) expect(`${error.message}${error.stack}`).not.toContain(CANARY);
  });
});

const databaseUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!databaseUrl)("postgresql.new_row against a real server", () => {
  const schema = `junction_pg_trigger_${randomBytes(4).toString("hex")}`;
  // Quotes, spaces and a semicolon: quoted by postgres.js, never spliced into SQL.
  const events = `${schema}.events "q"; drop table x --`;
  const stamped = `${schema}.stamped`;
  const empty = `${schema}.empty`;
  const app = `junction-trigger-test-${randomBytes(3).toString("hex")}`;
  let admin: postgres.Sql;
  let connectionString = "";
  let secret = "";

  beforeAll(async () => {
    admin = postgres(databaseUrl!, { max: 1, onnotice: () => {} });
    await admin`create schema ${admin(schema)}`;
    await admin`create table ${admin(events)} ("event id" serial primary key, "kind ""of""" text, payload jsonb, at date)`;
    await admin`create table ${admin(stamped)} (id serial primary key, created_at timestamptz not null, label text)`;
    await admin`create table ${admin(empty)} (id bigint generated always as identity, note text)`;
    const url = new URL(databaseUrl!);
    if (url.hostname === "localhost") url.hostname = "127.0.0.1";
    secret = url.password ? decodeURIComponent(url.password) : CANARY;
    url.password = encodeURIComponent(secret);
    url.searchParams.set("application_name", app);
    connectionString = url.toString();
  });

  afterAll(async () => {
    await admin?.unsafe(`drop schema if exists "${schema}" cascade`);
    await admin?.end();
  });

  const insertEvents = (...kinds: string[]) => admin`insert into ${admin(events)} ${admin(kinds.map((kind) => ({ 'kind "of"': kind, payload: { kind }, at: "2024-05-20" })))}`;

  it("first poll takes the column's greatest value; later polls return the rows inserted since, oldest first, none twice", async () => {
    const input = { table: events, column: "event id", limit: 2 };
    await insertEvents("signup", "login");
    const first = await poll(connectionString, undefined, input);
    expect(first).toEqual({ items: [], keys: [], cursor: "2", calls: [] });

    await insertEvents("order", "refund", "logout");
    const second = await poll(connectionString, first.cursor, input);
    expect(second.items).toEqual([
      { table: events, column: "event id", value: "3", row: { "event id": 3, 'kind "of"': "order", payload: { kind: "order" }, at: "2024-05-20" }, key: `${events}:3` },
      { table: events, column: "event id", value: "4", row: { "event id": 4, 'kind "of"': "refund", payload: { kind: "refund" }, at: "2024-05-20" }, key: `${events}:4` },
    ]);
    expect(second.keys).toEqual([`${events}:3`, `${events}:4`]);
    expect(second.cursor).toBe("4");
    const third = await poll(connectionString, second.cursor, input);
    expect(third).toMatchObject({ keys: [`${events}:5`], cursor: "5", calls: [] });
    expect(await poll(connectionString, third.cursor, input)).toMatchObject({ items: [], cursor: "5" });
  });

  it("a timestamp cursor keeps microseconds, and rows sharing one timestamp across a page boundary all come back once", async () => {
    const input = { table: stamped, column: "created_at", limit: 2 };
    await admin`insert into ${admin(stamped)} (created_at, label) values ('2024-05-14 09:21:33.1+00', 'before')`;
    const first = await poll(connectionString, undefined, input);
    expect(first.cursor).toBe("2024-05-14T09:21:33.1+00:00");
    // One transaction's now(): three rows with one value; then one a microsecond later, then one later still.
    await admin`insert into ${admin(stamped)} (created_at, label) values ('2024-05-14 11:21:33.123456+02', 'tie a'), ('2024-05-14 09:21:33.123456+00', 'tie b'), ('2024-05-14 09:21:33.123456+00', 'tie c')`;
    await admin`insert into ${admin(stamped)} (created_at, label) values ('2024-05-14 09:21:33.123457+00', 'next'), ('2024-05-14 09:21:34+00', 'last')`;
    const second = await poll(connectionString, first.cursor, input);
    expect(second.items.map((item) => (item as { row: { label: string } }).row.label).sort()).toEqual(["tie a", "tie b", "tie c"]);
    expect(second.cursor).toBe("2024-05-14T09:21:33.123456+00:00");
    expect(new Set(second.keys).size).toBe(3);
    for (const key of second.keys) expect(key).toMatch(new RegExp(`^${stamped}:2024-05-14T09:21:33\\.123456\\+00:00:[0-9a-f]{32}$`));
    const third = await poll(connectionString, second.cursor, input);
    expect(third.items.map((item) => (item as { row: { label: string } }).row.label)).toEqual(["next", "last"]);
    expect(third.keys).toEqual([`${stamped}:2024-05-14T09:21:33.123457+00:00`, `${stamped}:2024-05-14T09:21:34+00:00`]);
    expect(third.items[0]).toMatchObject({ value: "2024-05-14T09:21:33.123457+00:00", row: { created_at: "2024-05-14T09:21:33.123Z" } });
    expect(await poll(connectionString, third.cursor, input)).toMatchObject({ items: [], cursor: third.cursor });
  });

  it("an empty table starts from its first row", async () => {
    const input = { table: empty, column: "id" };
    const first = await poll(connectionString, undefined, input);
    expect(first).toMatchObject({ items: [], cursor: "" });
    await admin`insert into ${admin(empty)} (note) values ('one'), ('two')`;
    const second = await poll(connectionString, first.cursor, input);
    expect(second.items.map((item) => (item as { row: unknown }).row)).toEqual([{ id: "1", note: "one" }, { id: "2", note: "two" }]);
    expect(second).toMatchObject({ keys: [`${empty}:1`, `${empty}:2`], cursor: "2" });
  });

  it("names are quoted, not spliced: injection attempts are names that do not exist; errors carry no password", async () => {
    const badTable = await failure(connectionString, "1", { table: `${schema}.stamped"; drop table stamped; --`, column: "id" });
    expect(badTable).toBeInstanceOf(ConnectorActionError);
    expect(badTable.message).toBe(`PostgreSQL: relation "${schema}.stamped"; drop table stamped; --" does not exist (42P01).`);
    const badColumn = await failure(connectionString, "1", { table: stamped, column: "id > 0 or true; --" });
    expect(badColumn.message).toBe('PostgreSQL: column "id > 0 or true; --" does not exist (42703).');
    const badCursor = await failure(connectionString, "not a number", { table: stamped, column: "id" });
    expect(badCursor.message).toBe('PostgreSQL: invalid input syntax for type integer: "not a number" (22P02).');
    const [{ count }] = (await admin`select count(*)::int as count from ${admin(stamped)}`) as unknown as [{ count: number }];
    expect(count).toBe(6);
    for (const error of [badTable, badColumn, badCursor]) expect(`${error.message}${error.stack}`).not.toContain(secret);
  });

  it("leaves no connection open after its polls, failed ones included", async () => {
    let open = -1;
    for (let wait = 0; wait < 20 && open !== 0; wait += 1) {
      const [row] = (await admin`select count(*)::int as open from pg_stat_activity where application_name = ${app}`) as unknown as [{ open: number }];
      open = row.open;
      if (open !== 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(open).toBe(0);
  });
});
