/** Where one value sits in JSON text: `start`–`end` cover the value, `keyStart` its property name if any. */
export interface JsonSpan {
  start: number;
  end: number;
  keyStart?: number;
}

export type JsonPathSegment = string | number;

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = "JsonSyntaxError";
  }
}

/** A stable map key for a path. */
export function pathKey(path: readonly JsonPathSegment[]): string {
  return JSON.stringify(path);
}

/**
 * Scans JSON text and records the span of every value by its path (`["nodes", 2, "input"]`).
 * Throws `JsonSyntaxError` with the offset of the first problem. Used to point at a field in
 * the editor, and to locate syntax errors when the browser's message gives no position.
 */
export function jsonSpans(text: string): Map<string, JsonSpan> {
  const spans = new Map<string, JsonSpan>();
  let i = 0;

  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, i);
  };
  const skipWhitespace = () => {
    while (i < text.length && /\s/.test(text.charAt(i))) i++;
  };
  const expect = (char: string, what: string) => {
    if (text.charAt(i) !== char) fail(i >= text.length ? `Unexpected end of JSON; expected ${what}` : `Expected ${what}`);
    i++;
  };

  const readString = (): string => {
    const start = i;
    expect('"', "a string");
    while (i < text.length) {
      const char = text.charAt(i);
      if (char === '"') {
        i++;
        return JSON.parse(text.slice(start, i)) as string;
      }
      if (char === "\\") i += 2;
      else if (char < " ") fail("Bad control character in string");
      else i++;
    }
    i = start;
    return fail("Unterminated string");
  };

  const readLiteral = () => {
    const match = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!match) fail(i >= text.length ? "Unexpected end of JSON" : `Unexpected token ${JSON.stringify(text.charAt(i))}`);
    i += match ? match[0].length : 0;
  };

  const readValue = (path: JsonPathSegment[], keyStart?: number) => {
    skipWhitespace();
    const start = i;
    const char = text.charAt(i);
    if (char === "{") {
      i++;
      skipWhitespace();
      if (text.charAt(i) === "}") i++;
      else {
        for (;;) {
          skipWhitespace();
          const propertyStart = i;
          if (text.charAt(i) !== '"') fail("Expected a property name in double quotes");
          const key = readString();
          skipWhitespace();
          expect(":", "':' after the property name");
          readValue([...path, key], propertyStart);
          skipWhitespace();
          if (text.charAt(i) === ",") {
            i++;
            continue;
          }
          expect("}", "',' or '}' after the property value");
          break;
        }
      }
    } else if (char === "[") {
      i++;
      skipWhitespace();
      if (text.charAt(i) === "]") i++;
      else {
        for (let index = 0; ; index++) {
          readValue([...path, index]);
          skipWhitespace();
          if (text.charAt(i) === ",") {
            i++;
            continue;
          }
          expect("]", "',' or ']' after the array element");
          break;
        }
      }
    } else if (char === '"') {
      readString();
    } else {
      readLiteral();
    }
    spans.set(pathKey(path), { start, end: i, keyStart });
  };

  readValue([]);
  skipWhitespace();
  if (i < text.length) fail("Unexpected text after the end of the JSON value");
  return spans;
}

/**
 * Parses a field path as the server writes it — `nodes[2].input.url`, `nodes[0]["odd-key"]` — into
 * segments. The server says "definition" for the whole document.
 */
export function parseFieldPath(field: string): JsonPathSegment[] {
  if (field === "definition" || field === "") return [];
  const segments: JsonPathSegment[] = [];
  const pattern = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([A-Za-z_$][\w$]*)/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(field)) !== null) {
    if (match[1] !== undefined) segments.push(Number(match[1]));
    else if (match[2] !== undefined) segments.push(JSON.parse(match[2]) as string);
    else if (match[3] !== undefined) segments.push(match[3]);
    if (pattern.lastIndex >= field.length) break;
  }
  return segments;
}

/** The span of `path`, or of its nearest ancestor present in the text (never the whole document). */
export function spanOfPath(spans: Map<string, JsonSpan>, path: readonly JsonPathSegment[]): JsonSpan | undefined {
  for (let length = path.length; length > 0; length--) {
    const span = spans.get(pathKey(path.slice(0, length)));
    if (span) return span;
  }
  return undefined;
}
