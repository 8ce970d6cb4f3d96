import { describe, expect, it } from "vitest";
import { orgNameSchema } from "./org-name";

const messageFor = (name: string) => {
  const result = orgNameSchema.safeParse(name);
  return result.success ? null : result.error.issues[0]!.message;
};

describe("orgNameSchema", () => {
  it("accepts ordinary names and trims them", () => {
    expect(orgNameSchema.parse("  Acme Inc  ")).toBe("Acme Inc");
    expect(orgNameSchema.parse("QA")).toBe("QA");
  });

  it("requires 2 to 64 characters after trimming", () => {
    expect(messageFor("A")).toMatch(/at least 2 characters/);
    expect(messageFor("   A   ")).toMatch(/at least 2 characters/);
    expect(messageFor("x".repeat(65))).toMatch(/at most 64 characters/);
    expect(messageFor("x".repeat(64))).toBeNull();
  });

  it("requires a name whose slug has at least two letters or digits", () => {
    expect(messageFor("!!!")).toMatch(/two letters or digits/);
    expect(messageFor("日本")).toMatch(/two letters or digits/);
    expect(messageFor("A!")).toMatch(/two letters or digits/);
  });

  it("refuses names whose slug is reserved, in any spelling", () => {
    for (const name of ["Settings", "settings", "SETTINGS!", "Sign In", "API"]) {
      expect(messageFor(name)).toMatch(/reserved/);
    }
    expect(messageFor("Settings Co")).toBeNull();
  });
});
