import { lineColumnAt, offsetAt } from "./json-position";
import { jsonSpans, JsonSyntaxError } from "./json-spans";

export interface JsonProblem {
  message: string;
  line: number;
  column: number;
  offset: number;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonProblem };

/**
 * `JSON.parse` with a location for the error. Engines phrase it differently: V8 says
 * "… in JSON at position 42 (line 3 column 5)", Firefox "… at line 3 column 5 of the JSON data",
 * Safari gives no position — then our own scanner finds it.
 */
export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    return { ok: false, error: locate(text, raw) };
  }
}

function locate(text: string, raw: string): JsonProblem {
  const message = cleanMessage(raw);
  const lineColumn = /line (\d+) column (\d+)/i.exec(raw);
  if (lineColumn) {
    const line = Number(lineColumn[1]);
    const column = Number(lineColumn[2]);
    return { message, line, column, offset: offsetAt(text, line, column) };
  }
  const position = /position (\d+)/i.exec(raw);
  if (position) {
    const offset = Number(position[1]);
    return { message, ...lineColumnAt(text, offset), offset };
  }
  if (/unexpected end/i.test(raw) || text.trim() === "") {
    return { message: text.trim() === "" ? "The text is empty; write a JSON value" : message, ...lineColumnAt(text, text.length), offset: text.length };
  }
  try {
    jsonSpans(text);
  } catch (scanError) {
    if (scanError instanceof JsonSyntaxError) return { message, ...lineColumnAt(text, scanError.offset), offset: scanError.offset };
  }
  return { message, line: 1, column: 1, offset: 0 };
}

/** Drops the engine's position suffix and quoted copy of the input; the UI shows line and column itself. */
function cleanMessage(raw: string): string {
  const cleaned = raw
    .replace(/^JSON\.parse:\s*/i, "")
    .replace(/^JSON Parse error:\s*/i, "")
    .replace(/,\s*(?:\.\.\.)?".*(?:\.\.\.)?"? is not valid JSON$/s, "")
    .replace(/\s*(?:in JSON )?at position \d+(?:\s*\(line \d+ column \d+\))?/i, "")
    .replace(/\s*at line \d+ column \d+ of the JSON data/i, "")
    .trim();
  const sentence = cleaned || "Invalid JSON";
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Pretty-prints JSON the way the editor stores it: two-space indent. */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? "null";
}
