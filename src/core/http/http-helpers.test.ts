import { describe, expect, it } from "vitest";
import { locateJsonError } from "./locate-json-error";
import { PaginationStyleSchema } from "./pagination-style";
import { parseLinkHeader } from "./parse-link-header";
import { readJsonPath } from "./read-json-path";

describe("parseLinkHeader", () => {
  it("reads GitHub's Link header", () => {
    const links = parseLinkHeader(
      '<https://api.github.com/repositories/1/issues?page=2>; rel="next", <https://api.github.com/repositories/1/issues?page=5>; rel="last"',
    );
    expect(links.get("next")).toBe("https://api.github.com/repositories/1/issues?page=2");
    expect(links.get("last")).toBe("https://api.github.com/repositories/1/issues?page=5");
  });

  it("copes with commas in URLs, unquoted and multi-valued rels, other parameters", () => {
    const links = parseLinkHeader('</items?ids=1,2,3&page=2>; title="a, b"; rel=next, </items?page=9>; rel="last prev"');
    expect(links.get("next")).toBe("/items?ids=1,2,3&page=2");
    expect(links.get("prev")).toBe("/items?page=9");
    expect(parseLinkHeader(null).size).toBe(0);
  });
});

describe("readJsonPath", () => {
  const body = { response_metadata: { next_cursor: "abc" }, data: [{ id: "a" }, { id: "b" }], "odd.key": 1 };
  it.each([
    ["response_metadata.next_cursor", "abc"],
    ["$.response_metadata.next_cursor", "abc"],
    ["data[0].id", "a"],
    ["data[-1].id", "b"],
    ["data.1.id", "b"],
    ["missing.path", undefined],
    ["data[5].id", undefined],
    ["$", body],
  ])("%s", (path, expected) => {
    expect(readJsonPath(body, path)).toEqual(expected);
  });

  it("does not walk into prototypes", () => {
    expect(readJsonPath({}, "constructor.name")).toBeUndefined();
  });
});

describe("locateJsonError", () => {
  it.each([
    ['{"a": 1}', undefined],
    ['[1, 2, {"b": [true, false, null, -1.5e3, "x\\u00e9"]}]', undefined],
    ['{"a":,}', 5],
    ['{"a": 1', 7],
    ["<html>", 0],
    ['{"a": tru}', 9],
    ['{"a": 1} x', 9],
    ['"bad \\q escape"', 6],
    ["", 0],
  ])("%j → %s", (text, expected) => {
    expect(locateJsonError(text)).toBe(expected);
    if (expected === undefined) expect(() => JSON.parse(text) as unknown).not.toThrow();
    else expect(() => JSON.parse(text) as unknown).toThrow();
  });
});

describe("PaginationStyleSchema", () => {
  it("fills defaults and refuses nonsense", () => {
    expect(PaginationStyleSchema.parse({ type: "offset", pageSize: 50 })).toMatchObject({ offsetParam: "offset", limitParam: "limit", startOffset: 0 });
    expect(PaginationStyleSchema.parse({ type: "cursor", cursorPath: "next", cursorParam: "after" })).toMatchObject({ cursorIn: "query" });
    expect(PaginationStyleSchema.safeParse({ type: "page", pageSize: 0 }).success).toBe(false);
    expect(PaginationStyleSchema.safeParse({ type: "scroll" }).success).toBe(false);
  });
});
