/** One outbound HTTP call a step made, as recorded in its log (never credentials or bodies). */
export interface HttpCall {
  method: string;
  url: string;
  status?: number;
  durationMs?: number;
  error?: string;
  startedAt?: Date;
}

function field<T>(record: Record<string, unknown>, key: string, check: (value: unknown) => value is T): T | undefined {
  const value = record[key];
  return check(value) ? value : undefined;
}

const isString = (value: unknown): value is string => typeof value === "string";
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Reads a step's `httpCalls` defensively: logs are stored as JSON, so dates may be strings. */
export function toHttpCalls(value: unknown): HttpCall[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== "object" || entry === null) return [];
    const record = entry as Record<string, unknown>;
    const url = field(record, "url", isString);
    if (!url) return [];
    return [
      {
        method: field(record, "method", isString) ?? "GET",
        url,
        status: field(record, "status", isNumber),
        durationMs: field(record, "durationMs", isNumber),
        error: field(record, "error", isString),
        startedAt: toDate(record.startedAt),
      },
    ];
  });
}
