import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";
import { BlockedDestinationError } from "./http-errors";

export interface DestinationPolicy {
  /** Hosts (names or literal IPs) that may resolve to loopback/private addresses — tests and self-hosting only. */
  allowPrivateHosts: ReadonlySet<string>;
}

export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  // Allow-list, not deny-list: only ordinary global unicast passes. Loopback, private, link-local (cloud
  // metadata 169.254.169.254), CGNAT, unique-local (fd00:ec2::254), 0.0.0.0, multicast, documentation,
  // NAT64/6to4/Teredo wrappers and every other special range are refused.
  return parsed.range() === "unicast";
}

/**
 * Checks the URL before any connection is made: scheme, no embedded credentials, and — because a socket to a
 * literal IP never performs a DNS lookup — the address itself when the host is an IP literal.
 */
export function assertAllowedUrl(url: URL, policy?: DestinationPolicy): void {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new BlockedDestinationError(`only http and https URLs are allowed, not ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new BlockedDestinationError("credentials in the URL are not allowed; use a connection instead");
  }
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (policy && ipaddr.isValid(host) && !policy.allowPrivateHosts.has(host) && !isPublicAddress(host)) {
    throw new BlockedDestinationError(`${host} is a private, loopback or reserved address`);
  }
}

/**
 * Resolves a host and refuses it unless every address is public (or the host is allow-listed).
 * Used as the socket's lookup, so the checked address is the one connected to (no DNS rebinding).
 */
export async function resolveAllowedAddress(hostname: string, policy: DestinationPolicy) {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const results = ipaddr.isValid(host)
    ? [{ address: host, family: ipaddr.parse(host).kind() === "ipv6" ? 6 : 4 }]
    : await lookup(host, { all: true, verbatim: true });
  if (results.length === 0) throw new BlockedDestinationError(`${host} does not resolve`);
  if (!policy.allowPrivateHosts.has(host)) {
    const blocked = results.find((r) => !isPublicAddress(r.address));
    if (blocked) throw new BlockedDestinationError(`${host} resolves to ${blocked.address}, a private, loopback or reserved address`);
  }
  return results[0]!;
}
