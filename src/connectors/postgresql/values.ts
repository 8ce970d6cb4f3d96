import { z } from "zod";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * A value read from PostgreSQL as JSON a workflow can carry: timestamps as ISO strings, bytea as the server's
 * `\x…` hex text, int8/numeric already text (postgres.js keeps their precision), NaN/Infinity as text.
 */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString("hex")}`;
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toJsonValue(inner)]));
  return String(value);
}

export function toJsonRow(row: Record<string, unknown>): Record<string, JsonValue> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, toJsonValue(value)]));
}

/** A value sent to PostgreSQL: typed by the server from where it goes; objects and arrays of objects suit json/jsonb. */
export const sqlValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.unknown()), z.record(z.string(), z.unknown())]);

export type SqlValue = z.output<typeof sqlValue>;

/** Rows of a result as the step outputs them. */
export const rowsOutput = z.array(z.record(z.string(), z.unknown())).meta({ description: "The rows, each an object keyed by column name" });
