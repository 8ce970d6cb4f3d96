import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

/**
 * The executor works on any drizzle PostgreSQL database (PGlite or postgres.js) whose migrations include
 * the `executor_*` tables; it only uses the query builder, so the caller's own schema type does not matter.
 */
export type ExecutorDb = PgDatabase<PgQueryResultHKT, Record<string, unknown>>;

/** A database or a transaction: what the query helpers accept. */
export type Queryable = Pick<ExecutorDb, "select" | "insert" | "update" | "delete" | "execute" | "$with" | "with">;
