import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { ConnectorActionError, describeConnector } from "@/core/connectors";
import { runActionAgainst } from "@/test/connector-harness";
import { postgresqlConnector } from ".";

describe("postgresql connector", () => {
  it("loads, and describes every action's input as JSON Schema", () => {
    const described = describeConnector(postgresqlConnector);
    expect(described.actions.map((a) => a.id)).toEqual(["postgresql.query", "postgresql.select_rows", "postgresql.insert_row", "postgresql.update_rows", "postgresql.delete_rows"]);
    for (const action of described.actions) expect(action.inputSchema).toMatchObject({ type: "object", properties: expect.any(Object) });
    expect(described.actions[0]!.inputSchema).toMatchObject({ required: ["sql"], properties: { sql: { type: "string", examples: [expect.stringContaining("$1")] }, readOnly: { type: "boolean", default: false } } });
    expect(described.actions[3]!.inputSchema).toMatchObject({ properties: { where: { type: "object", description: expect.stringContaining("null matches NULL") } } });
    expect(described.auth).toEqual([{ type: "fields", fields: [expect.objectContaining({ key: "connectionString", secret: true, example: "postgres://user:password@db.example.com:5432/app?sslmode=require" })] }]);
    expect(described.baseUrl).toBeUndefined();
    expect(postgresqlConnector.test).toBeUndefined();
  });
});

const databaseUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!databaseUrl)("postgresql against a real server", () => {
  const schema = `junction_pg_${randomBytes(4).toString("hex")}`;
  const app = `junction-test-${randomBytes(3).toString("hex")}`;
  const table = `${schema}.orders`;
  let admin: postgres.Sql;
  let connectionString = "";
  let secret = "";

  beforeAll(async () => {
    admin = postgres(databaseUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create schema ${schema}`);
    await admin.unsafe(`create table ${table} (
      id serial primary key, email text not null, total numeric(10,2), quantity int8, tags text[], meta jsonb, ship_date date,
      created_at timestamptz not null default '2024-05-14 09:21:33.123+00', receipt bytea, status text default 'new', "Customer ""Name""" text)`);
    const url = new URL(databaseUrl!);
    // 127.0.0.1 is the allow-listed test address; a server that checks no password gets a canary to look for.
    if (url.hostname === "localhost") url.hostname = "127.0.0.1";
    secret = url.password ? decodeURIComponent(url.password) : "canary-Pa55word-71c2";
    url.password = encodeURIComponent(secret);
    url.searchParams.set("application_name", app);
    connectionString = url.toString();
  });

  afterAll(async () => {
    await admin?.unsafe(`drop schema if exists ${schema} cascade`);
    await admin?.end();
  });

  const run = (actionId: string, input: unknown) => runActionAgainst(postgresqlConnector, actionId, { baseUrl: "http://unused.invalid", authType: "fields", credentials: { connectionString } }, input);
  const failure = (actionId: string, input: unknown) => run(actionId, input).then(() => { throw new Error("expected the action to fail"); }, (error: unknown) => error as Error);

  it("insert_row quotes names, sends values as parameters and returns the stored row as JSON", async () => {
    const { output, calls } = await run("insert_row", {
      table,
      values: { email: "ada@example.com", total: 19.99, quantity: 3, tags: ["vip", "eu"], meta: { source: "web", items: [1, 2] }, ship_date: "2024-05-20", 'Customer "Name"': "Ada" },
    });
    expect(output).toEqual({
      row: {
        id: 1, email: "ada@example.com", total: "19.99", quantity: "3", tags: ["vip", "eu"], meta: { source: "web", items: [1, 2] },
        ship_date: "2024-05-20", created_at: "2024-05-14T09:21:33.123Z", receipt: null, status: "new", 'Customer "Name"': "Ada",
      },
    });
    expect(calls).toEqual([]);
    const [stored] = await admin.unsafe(`select meta->>'source' as source, jsonb_typeof(meta) as kind from ${table} where id = 1`);
    expect(stored).toEqual({ source: "web", kind: "object" });
  });

  it("query runs SQL with $n parameters and returns rows, rowCount and fields", async () => {
    const updated = await run("query", { sql: `update ${table} set receipt = $1::bytea where email = $2`, parameters: ["\\x0102ff", "ada@example.com"] });
    expect(updated.output).toEqual({ rows: [], rowCount: 1, fields: [], truncated: false, command: "UPDATE" });
    const { output } = await run("query", { sql: `select id, email, total, receipt from ${table} where email = $1`, parameters: ["ada@example.com"], readOnly: true });
    expect(output).toEqual({
      rows: [{ id: 1, email: "ada@example.com", total: "19.99", receipt: "\\x0102ff" }],
      rowCount: 1,
      fields: [{ name: "id", dataTypeID: 23 }, { name: "email", dataTypeID: 25 }, { name: "total", dataTypeID: 1700 }, { name: "receipt", dataTypeID: 17 }],
      truncated: false,
    });
    const arrays = await run("query", { sql: `select $1::int[] as ids, array['a"b', null]::text[] as labels, '{{1,2},{3,4}}'::int[] as grid, $2::jsonb[] as docs, array[1.5]::numeric[] as amounts`, parameters: [[1, 2, 3], [{ sku: "A-1" }]] });
    expect((arrays.output as { rows: unknown[] }).rows).toEqual([{ ids: [1, 2, 3], labels: ['a"b', null], grid: [[1, 2], [3, 4]], docs: [{ sku: "A-1" }], amounts: ["1.5"] }]);
    const empty = await run("query", { sql: `select id, email from ${table} where false` });
    expect(empty.output).toEqual({ rows: [], rowCount: 0, fields: [{ name: "id", dataTypeID: 23 }, { name: "email", dataTypeID: 25 }], truncated: false });
  });

  it("query caps the rows it returns and says so", async () => {
    const all = await run("query", { sql: "select g from generate_series(1, 1500) g" });
    expect(all.output).toMatchObject({ rowCount: 1000, truncated: true });
    expect((all.output as { rows: { g: number }[] }).rows.at(-1)).toEqual({ g: 1000 });
    expect((await run("query", { sql: "select g from generate_series(1, 10) g", maxRows: 10 })).output).toMatchObject({ rowCount: 10, truncated: false });
  });

  it("read-only refuses writes, including a COMMIT smuggled in front", async () => {
    const write = await failure("query", { sql: `insert into ${table} (email) values ('x@example.com')`, readOnly: true });
    expect(write).toBeInstanceOf(ConnectorActionError);
    expect(write.message).toBe("PostgreSQL: cannot execute INSERT in a read-only transaction (25006).");
    const smuggled = await failure("query", { sql: `commit; insert into ${table} (email) values ('x@example.com')`, readOnly: true });
    expect(smuggled.message).toBe("PostgreSQL: cannot insert multiple commands into a prepared statement (42601).");
    const [{ count }] = (await admin.unsafe(`select count(*)::int as count from ${table}`)) as unknown as [{ count: number }];
    expect(count).toBe(1);
  });

  it("server errors carry the message, SQLSTATE and detail, never the password", async () => {
    const missing = await failure("query", { sql: "select * from nope" });
    expect(missing.message).toBe('PostgreSQL: relation "nope" does not exist (42P01).');
    const notNull = await failure("insert_row", { table, values: { total: 5 } });
    expect(notNull.message).toMatch(/^PostgreSQL: null value in column "email" of relation "orders" violates not-null constraint \(23502\)\. Detail: Failing row contains/);
    const injected = await failure("update_rows", { table: `${schema}.orders"; drop table orders; --`, set: { status: "x" }, where: { id: 1 } });
    expect(injected.message).toMatch(/^PostgreSQL: relation ".*orders"; drop table .* does not exist \(42P01\)\.$/);
    for (const error of [missing, notNull, injected]) expect(error.message).not.toContain(secret);
  });

  it("sslmode=require to a server without TLS fails with a message about TLS", async (context) => {
    const [{ ssl }] = (await admin`show ssl`) as unknown as [{ ssl: string }];
    // Environment-bound: a server with TLS on accepts sslmode=require, so there is no refusal to check there (CI's has it off).
    if (ssl === "on") context.skip();
    const url = new URL(connectionString);
    url.searchParams.set("sslmode", "require");
    const error = await runActionAgainst(postgresqlConnector, "query", { baseUrl: "http://unused.invalid", authType: "fields", credentials: { connectionString: url.toString() } }, { sql: "select 1" }).catch((e: unknown) => e as Error);
    expect((error as Error).message).toMatch(/^Could not open a TLS connection to PostgreSQL at 127\.0\.0\.1:\d+: .*Check the sslmode in the connection string/);
    expect((error as Error).message).not.toContain(secret);
  });

  it("a statement over its timeout is cancelled", async () => {
    const error = await failure("query", { sql: "select pg_sleep(5)", timeoutSeconds: 1 });
    expect(error.message).toBe("PostgreSQL: canceling statement due to statement timeout (57014). The statement ran longer than its timeout; make it faster or raise the step's timeout.");
  });

  it("update_rows sets columns where all given columns match, null matching NULL; an empty where is refused", async () => {
    await admin.unsafe(`insert into ${table} (email, status, ship_date) values ('bob@example.com', 'new', null), ('cy@example.com', 'new', '2024-06-01')`);
    const { output } = await run("update_rows", { table, set: { status: "hold", meta: { reason: "no ship date" } }, where: { status: "new", ship_date: null } });
    expect(output).toMatchObject({ rowCount: 1, truncated: false, rows: [{ email: "bob@example.com", status: "hold", meta: { reason: "no ship date" } }] });
    const counted = await run("update_rows", { table, set: { status: "checked" }, where: { status: "new" }, maxRows: 1 });
    expect(counted.output).toMatchObject({ rowCount: 2, truncated: true, rows: [expect.objectContaining({ status: "checked" })] });
    const refused = await failure("update_rows", { table, set: { status: "gone" }, where: {} });
    expect(refused).toBeInstanceOf(ZodError);
    expect((refused as unknown as ZodError).issues[0]!.message).toMatch(/^give at least one where column: an update without one would change every row/);
  });

  it("select_rows filters, sorts, limits and pages in a read-only transaction", async () => {
    const first = await run("select_rows", { table, where: { status: "checked" }, orderBy: [{ column: "email", direction: "desc" }], limit: 1 });
    expect(first.output).toEqual({ rows: [expect.objectContaining({ email: "cy@example.com", ship_date: "2024-06-01" })], rowCount: 1, hasMore: true });
    const second = await run("select_rows", { table, where: { status: "checked" }, orderBy: [{ column: "email", direction: "desc" }], limit: 1, offset: 1 });
    expect(second.output).toEqual({ rows: [expect.objectContaining({ email: "ada@example.com" })], rowCount: 1, hasMore: false });
    expect(((await run("select_rows", { table })).output as { rowCount: number }).rowCount).toBe(3);
  });

  it("delete_rows deletes the matching rows only", async () => {
    expect((await run("delete_rows", { table, where: { email: "bob@example.com" } })).output).toEqual({ rowCount: 1 });
    expect(((await run("select_rows", { table })).output as { rowCount: number }).rowCount).toBe(2);
  });

  it("leaves no connection open after its actions, failed ones included", async () => {
    let open = -1;
    for (let wait = 0; wait < 20 && open !== 0; wait += 1) {
      const [row] = (await admin`select count(*)::int as open from pg_stat_activity where application_name = ${app}`) as unknown as [{ open: number }];
      open = row.open;
      if (open !== 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(open).toBe(0);
  });
});
