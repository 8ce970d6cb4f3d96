import type postgres from "postgres";

/**
 * Arrays of the built-in types, parsed and serialized here instead of by postgres.js's `fetch_types`: that
 * startup query is run unawaited, and a connection dropped while it runs (a deadline, a network failure) rejects it
 * with nobody listening — an unhandled rejection that would take the worker down. Other arrays stay PostgreSQL text.
 */

/** `{a,"b c",NULL,{1,2}}` → ["a", "b c", null, [1, 2]], each element read by `element`. */
export function parseArrayLiteral(text: string, element: (raw: string) => unknown): unknown[] | string {
  // A lower bound other than 1 is written before the braces: "[0:1]={a,b}".
  let i = text.startsWith("[") ? text.indexOf("=") + 1 : 0;
  const list = (): unknown[] => {
    const items: unknown[] = [];
    i += 1; // "{"
    if (text[i] === "}") {
      i += 1;
      return items;
    }
    while (i < text.length) {
      if (text[i] === "{") items.push(list());
      else if (text[i] === '"') {
        let value = "";
        for (i += 1; i < text.length && text[i] !== '"'; i += 1) value += text[i] === "\\" ? text[++i] : text[i];
        i += 1;
        items.push(element(value));
      } else {
        const start = i;
        while (i < text.length && text[i] !== "," && text[i] !== "}") i += 1;
        const raw = text.slice(start, i);
        items.push(raw === "NULL" ? null : element(raw));
      }
      if (text[i++] !== ",") return items;
    }
    return items;
  };
  return text[i] === "{" ? list() : text;
}

const elementText = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : value instanceof Uint8Array ? `\\x${Buffer.from(value).toString("hex")}` : typeof value === "object" ? JSON.stringify(value) : String(value);

/** A JS array as an array literal, every element quoted; text given for an array is passed on as written. */
export function serializeArrayLiteral(value: unknown): string {
  if (!Array.isArray(value)) return String(value);
  const items = value.map((item) => (item === null || item === undefined ? "NULL" : Array.isArray(item) ? serializeArrayLiteral(item) : `"${elementText(item).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`));
  return `{${items.join(",")}}`;
}

const text = (raw: string) => raw;
const number = (raw: string) => Number(raw);
const ELEMENTS: [readonly number[], (raw: string) => unknown][] = [
  [[1005, 1007, 1021, 1022, 1028], number], // int2 int4 float4 float8 oid: JS numbers hold them exactly
  [[1000], (raw) => raw === "t"], // bool
  [[199, 3807], (raw) => JSON.parse(raw) as unknown], // json jsonb
  [[1185], (raw) => new Date(raw).toISOString()], // timestamptz
  // int8 numeric text varchar bpchar name uuid date timestamp time timetz interval inet cidr macaddr: text
  [[1016, 1231, 1009, 1015, 1014, 1003, 2951, 1182, 1115, 1183, 1270, 1187, 1041, 651, 1040], text],
];

export const ARRAY_TYPES: Record<string, postgres.PostgresType> = Object.fromEntries(
  ELEMENTS.map(([oids, element], index) => [`array${index}`, { to: oids[0]!, from: [...oids], serialize: serializeArrayLiteral, parse: (raw: string) => parseArrayLiteral(raw, element) }]),
);
