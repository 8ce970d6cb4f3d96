/**
 * The character offset where `text` stops being valid JSON (text.length for a document cut short), or
 * undefined if it is valid. JSON.parse's own messages carry a position only for some errors, and differ
 * between Node versions; a person fixing an API wants "position 1843" every time.
 */
export function locateJsonError(text: string): number | undefined {
  let at = 0;
  const fail = (): never => {
    throw new JsonErrorAt(at);
  };
  const space = () => {
    while (at < text.length && " \t\n\r".includes(text[at]!)) at += 1;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[at] !== char) fail();
      at += 1;
    }
  };
  const string = () => {
    at += 1;
    while (at < text.length) {
      const char = text[at]!;
      if (char === '"') return void (at += 1);
      if (char < " ") fail();
      if (char === "\\") {
        at += 1;
        if (text[at] === "u") {
          HEX4.lastIndex = at + 1;
          if (!HEX4.test(text)) {
            at += 1;
            fail();
          }
          at += 5;
        } else if (at < text.length && '"\\/bfnrt'.includes(text[at]!)) at += 1;
        else fail();
      } else at += 1;
    }
    fail();
  };
  const number = () => {
    NUMBER.lastIndex = at;
    const match = NUMBER.exec(text);
    if (!match) fail();
    at += match![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 2000) fail();
    space();
    const char = text[at];
    if (char === "{") {
      at += 1;
      space();
      if (text[at] === "}") return void (at += 1);
      for (;;) {
        space();
        if (text[at] !== '"') fail();
        string();
        space();
        if (text[at] !== ":") fail();
        at += 1;
        value(depth + 1);
        space();
        if (text[at] === ",") at += 1;
        else if (text[at] === "}") return void (at += 1);
        else fail();
      }
    }
    if (char === "[") {
      at += 1;
      space();
      if (text[at] === "]") return void (at += 1);
      for (;;) {
        value(depth + 1);
        space();
        if (text[at] === ",") at += 1;
        else if (text[at] === "]") return void (at += 1);
        else fail();
      }
    }
    if (char === '"') return string();
    if (char === "t") return literal("true");
    if (char === "f") return literal("false");
    if (char === "n") return literal("null");
    number();
  };
  try {
    value(0);
    space();
    return at < text.length ? at : undefined;
  } catch (error) {
    if (error instanceof JsonErrorAt) return Math.min(error.at, text.length);
    throw error;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

class JsonErrorAt {
  constructor(readonly at: number) {}
}
