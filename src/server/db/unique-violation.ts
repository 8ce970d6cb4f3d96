/**
 * True when a query failed on a unique constraint (SQLSTATE 23505), with PGlite or postgres.js, whether or not
 * drizzle wrapped the driver's error. `constraint` narrows it to one index.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 4; current = (current as { cause?: unknown }).cause, depth++) {
    const { code, constraint: name, constraint_name: nameAlt } = current as { code?: unknown; constraint?: unknown; constraint_name?: unknown };
    if (code === "23505") return constraint === undefined || name === constraint || nameAlt === constraint;
  }
  return false;
}
