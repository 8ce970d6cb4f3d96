import { z } from "zod";
import type { ActionRunTools } from "@/core/connectors";
import { inTransaction, targetOf, withDatabase, type Transaction } from "../open-database";
import { columnName } from "../identifiers";
import { sqlValue } from "../values";

export const timeoutSecondsInput = z
  .number()
  .int()
  .min(1)
  .max(300)
  .default(30)
  .meta({ description: "Cancel the statement after this many seconds (statement_timeout)", examples: [30] });

export const fieldsOutput = z.array(z.object({ name: z.string(), dataTypeID: z.number().int() })).meta({ description: "The result's columns with their type OIDs (23 int4, 25 text, 1184 timestamptz…)" });

/** Column → value; with `emptyMessage`, at least one column. */
export const columnValues = (description: string, examples: Record<string, unknown>[], emptyMessage?: string) => {
  const record = z.record(columnName, sqlValue);
  return (emptyMessage ? record.refine((values) => Object.keys(values).length > 0, { error: emptyMessage }) : record).meta({ description, examples });
};

/** One transaction on a fresh client, abandoned (and the client closed) when connect + statement time has run out. */
export function runInDatabase<T>(tools: ActionRunTools, options: { readOnly: boolean; timeoutSeconds: number }, work: (tx: Transaction) => Promise<T>): Promise<T> {
  const statementTimeoutMs = options.timeoutSeconds * 1000;
  // Connect, the statement, and room for the round trips around it (BEGIN, COMMIT, closing).
  const deadlineMs = targetOf(tools).connectTimeoutSeconds * 1000 + statementTimeoutMs + 15_000;
  return withDatabase(tools, { deadlineMs, work: (db) => inTransaction(db, { readOnly: options.readOnly, statementTimeoutMs }, work) });
}
