import ipaddr from "ipaddr.js";

// Cloud metadata and platform endpoints. Most sit in refused ranges anyway; Azure's WireServer is a public address.
const METADATA_ADDRESSES = new Map([
  ["169.254.169.254", "the cloud metadata service (AWS, GCP, Azure, Oracle, DigitalOcean)"],
  ["169.254.170.2", "the AWS ECS task metadata service"],
  ["100.100.100.200", "the Alibaba Cloud metadata service"],
  ["168.63.129.16", "the Azure platform (WireServer) endpoint"],
  ["fd00:ec2::254", "the AWS metadata service over IPv6"],
]);

const IPV4_REASONS: Record<string, string> = {
  unspecified: "the unspecified address (it reaches this machine)",
  broadcast: "the broadcast address",
  multicast: "a multicast address",
  linkLocal: "a link-local address (where cloud metadata services answer)",
  loopback: "a loopback address (this machine)",
  carrierGradeNat: "a carrier-grade NAT (CGNAT, 100.64.0.0/10) address",
  private: "a private network address",
  reserved: "a reserved or documentation address",
};

const IPV6_REASONS: Record<string, string> = {
  unspecified: "the unspecified address (it reaches this machine)",
  linkLocal: "a link-local address",
  multicast: "a multicast address",
  loopback: "the loopback address (this machine)",
  uniqueLocal: "a unique-local (private) address",
  rfc6145: "an IPv4-translated address",
  rfc6052: "a NAT64 address",
  "6to4": "a 6to4 tunnel address (it can wrap a private IPv4 address)",
  teredo: "a Teredo tunnel address (it can wrap a private IPv4 address)",
  reserved: "a reserved or documentation address",
};

const IPV4_COMPATIBLE = ipaddr.parseCIDR("::/96");
const NAT64_WELL_KNOWN = ipaddr.parseCIDR("64:ff9b::/96");

/**
 * Why an IP address must not be called, or undefined for an ordinary public address. An allow-list, not a
 * deny-list: only global unicast passes. IPv4 hidden inside IPv6 (mapped `::ffff:a.b.c.d`, the NAT64 prefix
 * 64:ff9b::/96) is judged as the IPv4 address it carries, so DNS64 networks keep working for public hosts.
 */
export function addressRefusalReason(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return "not an IP address";
  const parsed = ipaddr.parse(address);
  const metadata = METADATA_ADDRESSES.get(parsed.toString());
  if (metadata) return metadata;
  if (parsed.kind() === "ipv4") {
    const range = parsed.range();
    return range === "unicast" ? undefined : (IPV4_REASONS[range] ?? `a special-purpose address (${range})`);
  }
  const v6 = parsed as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return wrapped(v6.toIPv4Address(), "IPv4-mapped");
  if (v6.match(NAT64_WELL_KNOWN)) return wrapped(ipaddr.fromByteArray(v6.toByteArray().slice(12)) as ipaddr.IPv4, "NAT64");
  const range = v6.range();
  if (range === "unicast" && v6.match(IPV4_COMPATIBLE)) return "an IPv4-compatible address (deprecated; it can wrap a private IPv4 address)";
  return range === "unicast" ? undefined : (IPV6_REASONS[range] ?? `a special-purpose address (${range})`);
}

export function isPublicAddress(address: string): boolean {
  return addressRefusalReason(address) === undefined;
}

function wrapped(v4: ipaddr.IPv4, form: string): string | undefined {
  const inner = addressRefusalReason(v4.toString());
  return inner === undefined ? undefined : `the ${form} form of ${v4.toString()}, ${inner}`;
}
