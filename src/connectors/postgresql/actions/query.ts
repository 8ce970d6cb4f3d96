import type postgres from "postgres";
import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { collectRows, MAX_ROWS } from "../rows";
import { rowsOutput, sqlValue } from "../values";
import { fieldsOutput, runInDatabase, timeoutSecondsInput } from "./shared";

const input = z.object({
  sql: z.string().trim().min(1, "write the SQL statement").meta({ description: "One SQL statement; refer to parameters as $1, $2…", examples: ["SELECT id, email, created_at FROM customers WHERE created_at > $1 ORDER BY created_at LIMIT 100"] }),
  parameters: z.array(sqlValue).default([]).meta({ description: "Values of $1, $2… in order (objects go to json/jsonb)", examples: [["2024-05-01T00:00:00Z"]] }),
  readOnly: z.boolean().default(false).meta({ description: "Run inside BEGIN READ ONLY, so the statement cannot change data (a guard against mistakes; use a read-only database user for real isolation)", examples: [true] }),
  maxRows: z.number().int().min(1).max(MAX_ROWS).default(MAX_ROWS).meta({ description: `Return at most this many rows (up to ${MAX_ROWS}); truncated says when there were more`, examples: [100] }),
  timeoutSeconds: timeoutSecondsInput,
});

const output = z.object({
  rows: rowsOutput,
  rowCount: z.number().int().meta({ description: "Rows returned, or rows changed by an INSERT/UPDATE/DELETE without RETURNING" }),
  fields: fieldsOutput,
  truncated: z.boolean(),
  command: z.string().optional().meta({ description: "The statement's command tag (INSERT, UPDATE…), for statements that return no rows" }),
});

// The extended protocol even without parameters: one statement per run, so `COMMIT; …` cannot escape READ ONLY.
// postgres.js reads `simple` but does not declare it.
const ONE_STATEMENT: postgres.UnsafeQueryOptions & { simple: boolean } = { prepare: false, simple: false };

/**
 * Any SQL with positional parameters. The columns come from describing the statement first, so an empty result
 * still has its fields; rows come through a cursor and stop at maxRows.
 */
export const queryAction = defineAction({
  id: "query",
  name: "Run SQL query",
  description: "Run one SQL statement with $1, $2… parameters and return its rows.",
  input,
  output,
  run: (input, tools) =>
    runInDatabase(tools, input, async (tx) => {
      // The parameters are parsed JSON values.
      const statement = () => tx.unsafe(input.sql, input.parameters as postgres.ParameterOrJSON<never>[], ONE_STATEMENT);
      const described = await statement().describe();
      const fields = described.columns.map((column) => ({ name: column.name, dataTypeID: column.type }));
      if (fields.length === 0) {
        const result = await statement();
        return { rows: [], rowCount: result.count ?? 0, fields, truncated: false, ...(result.command ? { command: result.command } : {}) };
      }
      const { rows, truncated } = await collectRows(statement(), input.maxRows);
      return { rows, rowCount: rows.length, fields, truncated };
    }),
});
