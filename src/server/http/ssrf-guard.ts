import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";
import { addressRefusalReason } from "./classify-address";
import { BlockedDestinationError } from "./http-errors";

export { isPublicAddress } from "./classify-address";

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to every address it has. The system resolver by default; tests inject a stub. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface DestinationPolicy {
  /** Hosts (names or literal IPs) that may resolve to loopback/private addresses — tests and self-hosting only. */
  allowPrivateHosts: ReadonlySet<string>;
  resolveHost?: HostResolver;
}

export const systemResolver: HostResolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

// Cloud metadata services by name (the addresses they resolve to are refused as well).
const METADATA_HOSTS = new Set(["metadata.google.internal", "metadata.goog", "metadata", "instance-data", "instance-data.ec2.internal"]);
// Names that only ever mean this machine or the local network (RFC 6761, RFC 6762, RFC 8375, ICANN's .internal).
const LOCAL_SUFFIXES = ["localhost", "local", "localdomain", "internal", "home.arpa"];

/**
 * Checks the URL before any connection is made, on the first request and on every redirect: scheme, no embedded
 * credentials, host names that can only mean an internal service, and — because a socket to a literal IP never
 * performs a DNS lookup — the address itself when the host is an IP literal.
 */
export function assertAllowedUrl(url: URL, policy?: DestinationPolicy): void {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new BlockedDestinationError(`only http and https URLs are allowed, not ${url.protocol} (no files, data URLs or unix sockets)`);
  }
  if (url.username || url.password) {
    throw new BlockedDestinationError("credentials in the URL are not allowed; use a connection instead");
  }
  const host = normalizeHost(url.hostname);
  if (!host) throw new BlockedDestinationError("the URL has no host");
  if (policy?.allowPrivateHosts.has(host)) return;
  if (ipaddr.isValid(host)) {
    const reason = addressRefusalReason(host);
    if (reason) throw new BlockedDestinationError(`${host} is ${reason}`);
    return;
  }
  const nameReason = hostNameRefusalReason(host);
  if (nameReason) throw new BlockedDestinationError(`${host} is ${nameReason}`);
}

/**
 * Resolves a host and refuses it unless every address is public (or the host is allow-listed).
 * Used as the socket's lookup, so the checked address is the one connected to (no DNS rebinding).
 */
export async function resolveAllowedAddress(hostname: string, policy: DestinationPolicy): Promise<ResolvedAddress> {
  const host = normalizeHost(hostname);
  const results = ipaddr.isValid(host)
    ? [{ address: host, family: ipaddr.parse(host).kind() === "ipv6" ? 6 : 4 }]
    : await (policy.resolveHost ?? systemResolver)(host);
  if (results.length === 0) throw new BlockedDestinationError(`${host} does not resolve`);
  if (!policy.allowPrivateHosts.has(host)) {
    for (const { address } of results) {
      const reason = addressRefusalReason(address);
      if (reason) throw new BlockedDestinationError(ipaddr.isValid(host) ? `${host} is ${reason}` : `${host} resolves to ${address}, ${reason}`);
    }
  }
  return results[0]!;
}

function hostNameRefusalReason(host: string): string | undefined {
  if (METADATA_HOSTS.has(host)) return "a cloud metadata host name";
  if (LOCAL_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))) return "a local-network host name";
  // A name without a dot is completed with the machine's search domains: an internal service, never a public API.
  if (!host.includes(".")) return "a single-label host name, which only resolves inside the local network";
  return undefined;
}

/** Lower case, no IPv6 brackets, no trailing dot ("localhost." is "localhost"). */
function normalizeHost(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, "").replace(/\.+$/, "").toLowerCase();
}
