import { describe, expect, it } from "vitest";
import {
  displayNameSchema,
  emailSchema,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordSchema,
  signInSchema,
  signUpSchema,
} from "./credentials-rules";

/** The first message of a failed parse, or null when the value is accepted. */
function messageOf(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? null : result.error!.issues[0]!.message;
}

describe("emailSchema", () => {
  it("trims and lower-cases", () => {
    expect(emailSchema.parse("  Ada@Example.COM ")).toBe("ada@example.com");
  });

  it.each(["", "ada", "ada@", "@x.com", "a b@x.com", "ada@@x.com", "ada@x", "ada@x..com"])("rejects %j asking for a valid address", (email) => {
    expect(messageOf(emailSchema, email)).toMatch(/valid email address, like ada@example\.com/);
  });

  it("accepts common real-world forms", () => {
    for (const email of ["ada@example.com", "ada.lovelace+junction@mail.example.co.uk", "a_b-c@x-y.io"]) {
      expect(messageOf(emailSchema, email)).toBeNull();
    }
  });

  it("rejects addresses longer than 254 characters", () => {
    const long = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.com`;
    expect(long.length).toBeGreaterThan(254);
    expect(messageOf(emailSchema, long)).toMatch(/too long/);
  });
});

describe("passwordSchema", () => {
  it("has a 10..128 character range", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
  });

  it("rejects fewer than 10 characters, naming the minimum", () => {
    expect(messageOf(passwordSchema, "abc12345!")).toBe("Password must be at least 10 characters.");
    expect(messageOf(passwordSchema, "")).toBe("Password must be at least 10 characters.");
    expect(messageOf(passwordSchema, "abcde12345")).toBeNull();
  });

  it("rejects more than 128 characters", () => {
    expect(messageOf(passwordSchema, `1${"a".repeat(128)}`)).toBe("Password must be at most 128 characters.");
    expect(messageOf(passwordSchema, `1${"a".repeat(127)}`)).toBeNull();
  });

  it("requires letters mixed with digits or symbols", () => {
    for (const weak of ["onlylettershere", "ONLYLETTERSHERE", "1234567890", "!!!!!!!!!!!!", "           "]) {
      expect(messageOf(passwordSchema, weak)).toBe("Password must mix letters with digits or symbols.");
    }
    for (const ok of ["letters-and-dash", "letters and spaces", "correct horse 1", "ÄÖÜ1234567a"]) {
      expect(messageOf(passwordSchema, ok)).toBeNull();
    }
  });

  it("does not trim or alter the password", () => {
    expect(passwordSchema.parse("  Spaced 123  ")).toBe("  Spaced 123  ");
  });
});

describe("displayNameSchema", () => {
  it("trims, and requires 1..80 characters", () => {
    expect(displayNameSchema.parse("  Ada Lovelace ")).toBe("Ada Lovelace");
    expect(messageOf(displayNameSchema, "")).toBe("Enter your name.");
    expect(messageOf(displayNameSchema, "   ")).toBe("Enter your name.");
    expect(messageOf(displayNameSchema, "x".repeat(81))).toBe("Name must be at most 80 characters.");
    expect(messageOf(displayNameSchema, "x".repeat(80))).toBeNull();
  });
});

describe("signUpSchema / signInSchema", () => {
  it("sign-up normalises the email and keeps the password as typed", () => {
    expect(signUpSchema.parse({ name: " Ada ", email: " ADA@example.com", password: "Analytical 1843" })).toEqual({
      name: "Ada",
      email: "ada@example.com",
      password: "Analytical 1843",
    });
  });

  it("sign-up reports each bad field", () => {
    const result = signUpSchema.safeParse({ name: "", email: "ada@", password: "short" });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(["name", "email", "password"]));
  });

  it("sign-in applies no strength rule to the password, only presence and the maximum", () => {
    expect(signInSchema.parse({ email: "Ada@Example.com", password: "x" })).toEqual({ email: "ada@example.com", password: "x" });
    expect(messageOf(signInSchema, { email: "ada@example.com", password: "" })).toBe("Enter your password.");
    expect(messageOf(signInSchema, { email: "ada@example.com", password: "x".repeat(129) })).not.toBeNull();
  });
});
