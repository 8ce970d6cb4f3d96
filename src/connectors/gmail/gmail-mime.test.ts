import { describe, expect, it } from "vitest";
import { decodeWords } from "./fixtures/read-mime";
import { buildMimeMessage, encodeHeaderText, formatAddress, splitAddresses } from "./mime";

describe("Gmail MIME building", () => {
  it("keeps ASCII subjects and encodes others as RFC 2047 words of at most 75 characters, whole characters each", () => {
    expect(encodeHeaderText("Invoice #4812 is ready")).toBe("Invoice #4812 is ready");
    expect(encodeHeaderText("Café")).toBe("=?UTF-8?B?Q2Fmw6k=?=");
    const long = "Ελληνικά 😀 ".repeat(8);
    const encoded = encodeHeaderText(long);
    const words = encoded.split("\r\n ");
    expect(words.length).toBeGreaterThan(3);
    for (const word of words) {
      expect(word.length).toBeLessThanOrEqual(75);
      expect(word).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
      // Each word decodes on its own: no character was cut between two words.
      expect(decodeWords(word)).not.toContain("\uFFFD");
    }
    expect(decodeWords(encoded)).toBe(long.trim());
  });

  it("formats addresses: quotes specials, encodes non-ASCII names, leaves bare addresses", () => {
    expect(formatAddress(" jane.doe@example.com ")).toBe("jane.doe@example.com");
    expect(formatAddress("Jane Doe <jane.doe@example.com>")).toBe("Jane Doe <jane.doe@example.com>");
    expect(formatAddress("Doe, Jane <jane.doe@example.com>")).toBe('"Doe, Jane" <jane.doe@example.com>');
    expect(formatAddress('"Doe, Jane" <jane.doe@example.com>')).toBe('"Doe, Jane" <jane.doe@example.com>');
    expect(formatAddress("José Ñúñez <jose@example.es>")).toBe("=?UTF-8?B?Sm9zw6kgw5HDusOxZXo=?= <jose@example.es>");
    expect(formatAddress("<ops@example.com>")).toBe("<ops@example.com>");
  });

  it("splits address lists on the commas between addresses only", () => {
    expect(splitAddresses('a@example.com, "Doe, Jane" <jane@example.com>,b@example.com')).toEqual(["a@example.com", '"Doe, Jane" <jane@example.com>', "b@example.com"]);
    expect(splitAddresses(["a@example.com", "b@example.com, c@example.com"])).toEqual(["a@example.com", "b@example.com", "c@example.com"]);
    expect(splitAddresses(undefined)).toEqual([]);
    expect(splitAddresses(" , ")).toEqual([]);
  });

  it("folds long recipient lists after commas and writes multipart/alternative with the given boundary", () => {
    const to = Array.from({ length: 6 }, (_, i) => `team.member.${i}@example.com`);
    const mime = buildMimeMessage({ to, cc: [], bcc: [], subject: "Standup", text: "a", html: "<p>a</p>" }, "b1");
    const [head, ...rest] = mime.split("\r\n\r\n");
    for (const line of head!.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    expect(head!.replace(/\r\n /g, " ")).toContain(`To: ${to.join(", ")}`);
    expect(head).toContain('Content-Type: multipart/alternative;\r\n boundary="b1"');
    expect(rest.join("\r\n\r\n")).toBe(
      [
        "--b1",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: base64",
        "",
        "YQ==",
        "",
        "--b1",
        'Content-Type: text/html; charset="UTF-8"',
        "Content-Transfer-Encoding: base64",
        "",
        "PHA+YTwvcD4=",
        "",
        "--b1--",
        "",
      ].join("\r\n"),
    );
  });
});
