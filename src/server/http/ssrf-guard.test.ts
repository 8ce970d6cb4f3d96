import { describe, expect, it } from "vitest";
import { BlockedDestinationError } from "./http-errors";
import { assertAllowedUrl, isPublicAddress, resolveAllowedAddress } from "./ssrf-guard";

const policy = { allowPrivateHosts: new Set<string>() };

const FORBIDDEN_ADDRESSES = [
  "127.0.0.1", "127.1.2.3", "0.0.0.0", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254",
  "192.168.1.1", "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.127.255.254", "224.0.0.1",
  "255.255.255.255", "192.0.2.10", "198.18.0.1", "::", "::1", "fe80::1", "fc00::1", "fd00:ec2::254",
  "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe", "2002:7f00:1::",
  "2001:db8::1", "ff02::1",
];

describe("SSRF guard", () => {
  it.each(FORBIDDEN_ADDRESSES)("refuses %s", async (address) => {
    expect(isPublicAddress(address)).toBe(false);
    const host = address.includes(":") ? `[${address}]` : address;
    await expect(resolveAllowedAddress(host, policy)).rejects.toBeInstanceOf(BlockedDestinationError);
  });

  it.each(["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])("allows public %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  // Alternative spellings of 127.0.0.1 and 169.254.169.254 are normalised by the WHATWG URL parser
  // before the guard sees them, so they are caught as the addresses they mean.
  it.each([
    "http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/", "http://127.1/", "http://0x7f.1/",
    "http://2852039166/", "http://0xa9.0xfe.0xa9.0xfe/", "http://[::ffff:7f00:1]/", "http://0/",
  ])("refuses the obfuscated host in %s", async (raw) => {
    const url = new URL(raw);
    await expect(resolveAllowedAddress(url.hostname, policy)).rejects.toBeInstanceOf(BlockedDestinationError);
  });

  it("refuses names that resolve to loopback", async () => {
    await expect(resolveAllowedAddress("localhost", policy)).rejects.toThrow(/resolves to/);
  });

  it("allows loopback only for an explicitly allow-listed host", async () => {
    const allowed = { allowPrivateHosts: new Set(["127.0.0.1"]) };
    await expect(resolveAllowedAddress("127.0.0.1", allowed)).resolves.toMatchObject({ address: "127.0.0.1" });
    await expect(resolveAllowedAddress("localhost", allowed)).rejects.toBeInstanceOf(BlockedDestinationError);
  });

  it.each(["file:///etc/passwd", "data:text/plain,hi", "ftp://example.com/", "gopher://example.com/", "http://user:pw@example.com/"])(
    "refuses %s before connecting",
    (raw) => {
      expect(() => assertAllowedUrl(new URL(raw))).toThrow(BlockedDestinationError);
    },
  );
});
