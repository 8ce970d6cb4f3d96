import { describe, expect, it } from "vitest";
import { RESERVED_SLUGS, slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["Acme Inc", "acme-inc"],
    ["acme inc!", "acme-inc"],
    ["ACME", "acme"],
    ["v2.0 release", "v2-0-release"],
  ])("%j → %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("strips accents to their base letters", () => {
    expect(slugify("Café Crème")).toBe("cafe-creme");
    expect(slugify("Ünïcödé Ltd.")).toBe("unicode-ltd");
    expect(slugify("Señor Niño")).toBe("senor-nino");
  });

  it("folds compatibility characters (ligatures, full-width) to ASCII", () => {
    expect(slugify("ﬁne")).toBe("fine");
    expect(slugify("Ｆｕｌｌ Ｗｉｄｔｈ")).toBe("full-width");
  });

  it("turns any run of punctuation and spaces into a single dash", () => {
    expect(slugify("Hello, World!!")).toBe("hello-world");
    expect(slugify("O'Reilly & Sons")).toBe("o-reilly-sons");
    expect(slugify("a  --  b__c")).toBe("a-b-c");
    expect(slugify("tab\tand\nnewline")).toBe("tab-and-newline");
  });

  it("never starts or ends with a dash", () => {
    expect(slugify("  --Hello--  ")).toBe("hello");
    expect(slugify("!!!Acme???")).toBe("acme");
    expect(slugify("-")).toBe("");
  });

  it("returns an empty slug when nothing ASCII-alphanumeric is left", () => {
    expect(slugify("")).toBe("");
    expect(slugify("   ")).toBe("");
    expect(slugify("日本")).toBe("");
    expect(slugify("!!!")).toBe("");
  });

  it("caps the length at 48 characters", () => {
    expect(slugify("a".repeat(60))).toBe("a".repeat(48));
    expect(slugify("Word ".repeat(20)).length).toBeLessThanOrEqual(48);
  });

  it("does not leave a trailing dash when the cap falls on a separator", () => {
    // Character 48 is the dash between the two words.
    expect(slugify(`${"a".repeat(47)} bcd`)).toBe("a".repeat(47));
    // "abc-" × 12 is exactly 48 characters, the last one a dash.
    expect(slugify("abc ".repeat(20))).toBe(`${"abc-".repeat(11)}abc`);
  });

  it("is idempotent: a slug slugifies to itself", () => {
    for (const name of ["Café Crème", "Hello, World!!", "a".repeat(60), `${"a".repeat(47)} bcd`]) {
      const slug = slugify(name);
      expect(slugify(slug)).toBe(slug);
    }
  });

  it("only ever produces lowercase ASCII letters, digits and single inner dashes", () => {
    for (const name of ["Ærø Design", "Straße 42", "—Über— Cool!", "x".repeat(100), "Δelta 9"]) {
      expect(slugify(name)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
    }
  });
});

describe("RESERVED_SLUGS", () => {
  it("reserves the app's own top-level routes", () => {
    for (const slug of ["new", "api", "settings", "invite", "sign-in", "sign-up"]) {
      expect(RESERVED_SLUGS.has(slug)).toBe(true);
    }
    expect(RESERVED_SLUGS.has(slugify("Settings"))).toBe(true);
    expect(RESERVED_SLUGS.has(slugify("Sign In"))).toBe(true);
    expect(RESERVED_SLUGS.has("acme")).toBe(false);
  });
});
