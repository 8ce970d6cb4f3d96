import { describe, expect, it } from "vitest";
import { parseArrayLiteral, serializeArrayLiteral } from "./pg-arrays";

describe("array literals", () => {
  it("parses quoted, NULL, nested and lower-bound arrays", () => {
    expect(parseArrayLiteral('{vip,"two words","say \\"hi\\"","back\\\\slash",NULL,"NULL"}', (raw) => raw)).toEqual(["vip", "two words", 'say "hi"', "back\\slash", null, "NULL"]);
    expect(parseArrayLiteral("{{1,2},{3,4}}", Number)).toEqual([[1, 2], [3, 4]]);
    expect(parseArrayLiteral("[0:1]={7,8}", Number)).toEqual([7, 8]);
    expect(parseArrayLiteral("{}", Number)).toEqual([]);
    expect(parseArrayLiteral("not an array", Number)).toBe("not an array");
  });

  it("serializes JS arrays with every element quoted", () => {
    expect(serializeArrayLiteral(["a", 'b "c"', "d\\e", null, 3, true])).toBe('{"a","b \\"c\\"","d\\\\e",NULL,"3","true"}');
    expect(serializeArrayLiteral([[1, 2], [3, 4]])).toBe('{{"1","2"},{"3","4"}}');
    expect(serializeArrayLiteral([{ sku: "A-1" }])).toBe('{"{\\"sku\\":\\"A-1\\"}"}');
    expect(serializeArrayLiteral("{1,2}")).toBe("{1,2}");
  });
});
