import { z } from "zod";

// PostgreSQL truncates names to 63 bytes (NAMEDATALEN - 1); a longer one would silently name something else.
const MAX_NAME_BYTES = 63;

function nameProblem(name: string): string | undefined {
  if (name === "") return "is empty";
  if (name.includes("\0")) return "contains a NUL character";
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) return `is longer than ${MAX_NAME_BYTES} bytes`;
  return undefined;
}

/**
 * `table` or `schema.table`, each part any name PostgreSQL allows (quoted by postgres.js, never concatenated):
 * the dot separates the schema, so a name with a dot in it cannot be given.
 */
export const tableInput = z
  .string()
  .trim()
  .min(1, "name the table, e.g. orders or sales.orders")
  .superRefine((value, ctx) => {
    const parts = value.split(".");
    if (parts.length > 2) ctx.addIssue({ code: "custom", message: `"${value}" has more than one dot; write table or schema.table` });
    for (const part of parts) {
      const problem = nameProblem(part);
      if (problem) ctx.addIssue({ code: "custom", message: `The table name "${value}" is not valid: a part ${problem}; write table or schema.table` });
    }
  })
  .meta({ description: "The table: name or schema.name, as created (case matters for names created in quotes)", examples: ["orders", "sales.orders"] });

export const columnName = z.string().superRefine((name, ctx) => {
  const problem = nameProblem(name) ?? (name.includes(".") ? "contains a dot" : undefined);
  if (problem) ctx.addIssue({ code: "custom", message: `The column name "${name}" ${problem}; give the column's name as created` });
});
