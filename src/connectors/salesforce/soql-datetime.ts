// Salesforce returns "2024-05-14T09:21:33.000+0000"; SOQL takes "2024-05-14T09:21:33Z" (no quotes, offset with a colon or Z).
const API_DATETIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})$/;
const SOQL_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** A datetime as the API returns it, as a SOQL literal in UTC to the second; undefined when it is not one. */
export function toSoqlDateTime(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const match = API_DATETIME.exec(value);
  if (!match) return undefined;
  const offset = match[2] === "Z" ? "Z" : match[2]!.replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2");
  const time = Date.parse(`${match[1]}${offset}`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Whether a stored cursor is a SOQL datetime literal, so it can go into a query as it is. */
export function isSoqlDateTime(value: string): boolean {
  return SOQL_DATETIME.test(value) && !Number.isNaN(Date.parse(value));
}
