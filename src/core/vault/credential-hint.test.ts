import { describe, expect, it } from "vitest";
import { credentialHint } from "./credential-hint";

describe("credentialHint", () => {
  it("shows the last four characters of a long secret", () => {
    expect(credentialHint({ apiKey: "sk_live_0123456789abcd" })).toBe("••••abcd");
  });

  it("prefers the secret-looking field over others", () => {
    expect(credentialHint({ username: "a-very-long-user-name-here", password: "correct-horse-battery-staple" })).toBe("••••aple");
  });

  it("shows only the mask for short values or no values", () => {
    expect(credentialHint({ password: "hunter2hunter2" })).toBe("••••");
    expect(credentialHint({})).toBe("••••");
    expect(credentialHint({ token: "" })).toBe("••••");
  });
});
