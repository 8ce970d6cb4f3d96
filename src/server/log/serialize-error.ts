import pino from "pino";

type Serialized = Record<string, unknown>;

/**
 * pino's error serializer, minus query parameters: a failed drizzle query (DrizzleQueryError) carries its bound
 * values — sealed credentials, tokens — in `params` and in its message. They are dropped; the SQL text stays.
 */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  return scrub(pino.stdSerializers.err(error) as unknown as Serialized);
}

function scrub(serialized: Serialized): Serialized {
  const { params: _params, ...rest } = serialized;
  for (const key of ["message", "stack"] as const) {
    if (typeof rest[key] === "string") rest[key] = withoutParams(rest[key]);
  }
  if (rest.cause && typeof rest.cause === "object") rest.cause = scrub(rest.cause as Serialized);
  return rest;
}

function withoutParams(text: string): string {
  return text.replace(/\nparams: [\s\S]*?(?=\n {4}at |$)/, "\nparams: [redacted]");
}
