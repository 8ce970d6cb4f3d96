import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeBase64Digest, decodeHexDigest } from "./digest-encoding";
import { anyDigestMatches } from "./signature-digest";
import { standardWebhooksKey } from "./signing-secrets";

const digest = Buffer.alloc(32, 0xab);

describe("decodeHexDigest / decodeBase64Digest", () => {
  it("decode exactly one 32-byte digest", () => {
    expect(decodeHexDigest(digest.toString("hex"))?.equals(digest)).toBe(true);
    expect(decodeBase64Digest(digest.toString("base64"))?.equals(digest)).toBe(true);
  });

  it.each([
    ["too short", digest.toString("hex").slice(0, 62)],
    ["too long", `${digest.toString("hex")}00`],
    ["upper case", digest.toString("hex").toUpperCase()],
    ["odd character", `${digest.toString("hex").slice(0, 63)}z`],
    ["empty", ""],
  ])("refuse hex that is %s", (_, text) => expect(decodeHexDigest(text)).toBeUndefined());

  it("take hex in either case only when asked", () => {
    expect(decodeHexDigest(digest.toString("hex").toUpperCase(), true)?.equals(digest)).toBe(true);
  });

  it.each([
    ["unpadded", digest.toString("base64").slice(0, 43)],
    ["base64url", Buffer.from("\xfb\xff".repeat(16), "latin1").toString("base64url")],
    ["with a space", ` ${digest.toString("base64").slice(1)}`],
    ["of 33 bytes", randomBytes(33).toString("base64")],
    ["non-canonical (unused bits set)", `${Buffer.alloc(32).toString("base64").slice(0, 42)}B=`],
  ])("refuse base64 that is %s", (_, text) => expect(decodeBase64Digest(text)).toBeUndefined());
});

describe("anyDigestMatches", () => {
  it("finds a match among several expected and presented digests", () => {
    const other = randomBytes(32);
    expect(anyDigestMatches([other, digest], [randomBytes(32), digest])).toBe(true);
    expect(anyDigestMatches([other], [digest])).toBe(false);
    expect(anyDigestMatches([], [digest])).toBe(false);
  });

  it("never matches (nor throws on) digests of another length", () => {
    expect(anyDigestMatches([digest.subarray(0, 16)], [digest.subarray(0, 16)])).toBe(false);
    expect(anyDigestMatches([digest], [digest.subarray(0, 31)])).toBe(false);
  });
});

describe("standardWebhooksKey", () => {
  it("reads whsec_ + base64, the prefix optional, and refuses anything else", () => {
    expect(standardWebhooksKey("whsec_c2VjcmV0")?.toString()).toBe("secret");
    expect(standardWebhooksKey("c2VjcmV0")?.toString()).toBe("secret");
    for (const bad of ["", "whsec_", "whsec_c2Vjc", "whsec_a-b_", "whsec_ c2VjcmV0"]) expect(standardWebhooksKey(bad)).toBeUndefined();
  });
});
