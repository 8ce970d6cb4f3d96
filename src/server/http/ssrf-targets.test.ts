import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { BlockedDestinationError } from "./http-errors";
import { createOutboundClient, type OutboundClient } from "./outbound-client";
import type { ResolvedAddress } from "./ssrf-guard";

// DNS in this suite is a stub: names resolve to what an attacker would point them at, and nothing else resolves.
const DNS: Record<string, string[]> = {
  "internal.example.com": ["10.0.0.5"],
  "mixed.example.com": ["93.184.216.34", "10.0.0.5"],
  "meta-alias.example.com": ["169.254.169.254"],
  "v6-loopback.example.com": ["::1"],
  "mapped.example.com": ["::ffff:127.0.0.1"],
  "cgnat.example.com": ["100.64.1.2"],
  "ula.example.com": ["2001:4860:4860::8888", "fd12:3456::1"],
  "loopback-alias.example.com": ["127.0.0.1"],
  "allowed-alias.test": ["127.0.0.1"],
};
const resolved: string[] = [];
async function stubResolver(hostname: string): Promise<ResolvedAddress[]> {
  resolved.push(hostname);
  const addresses = DNS[hostname];
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
  return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
}

const LOOPBACK = /loopback/;
const PRIVATE = /private/;
const METADATA = /metadata/;
const SCHEME = /only http and https/;

/** [target URL, why it must be refused]. Every one goes through the real client; the refusal must come before a connection. */
const REFUSED: [string, RegExp][] = [
  // IPv4 ranges
  ["http://127.0.0.1/", LOOPBACK],
  ["http://127.8.9.10:8080/", LOOPBACK],
  ["http://10.0.0.1/", PRIVATE],
  ["http://172.16.5.4/", PRIVATE],
  ["http://192.168.0.1/admin", PRIVATE],
  ["http://169.254.169.254/latest/meta-data/", METADATA],
  ["http://169.254.170.2/v2/credentials", METADATA],
  ["http://169.254.1.1/", /link-local/],
  ["http://100.64.0.1/", /CGNAT/],
  ["http://100.100.100.200/latest/meta-data/", METADATA],
  ["http://168.63.129.16/machine", /Azure/],
  ["http://0.0.0.0:3000/", /unspecified/],
  ["http://255.255.255.255/", /broadcast/],
  ["http://224.0.0.251/", /multicast/],
  ["http://192.0.2.1/", /reserved/],
  ["http://198.18.0.1/", /reserved/],
  ["http://240.0.0.1/", /reserved/],
  // The same addresses spelled so a naive string check misses them
  ["http://2130706433/", LOOPBACK],
  ["http://0177.0.0.1/", LOOPBACK],
  ["http://0x7f000001/", LOOPBACK],
  ["http://017700000001/", LOOPBACK],
  ["http://127.1/", LOOPBACK],
  ["http://0x7f.1/", LOOPBACK],
  ["http://127.0.0.1./", LOOPBACK],
  ["http://①②⑦.0.0.1/", LOOPBACK],
  ["http://0/", /unspecified/],
  ["http://10.1/", PRIVATE],
  ["http://2852039166/", METADATA],
  ["http://0xa9.0xfe.0xa9.0xfe/", METADATA],
  ["http://0251.0376.0251.0376/", METADATA],
  // IPv6, and IPv4 wrapped in IPv6
  ["http://[::1]/", LOOPBACK],
  ["http://[::]/", /unspecified/],
  ["http://[fc00::1]/", /unique-local/],
  ["http://[fd12:3456::1]/", /unique-local/],
  ["http://[fe80::1]/", /link-local/],
  ["http://[fd00:ec2::254]/latest/meta-data/", METADATA],
  ["http://[ff02::1]/", /multicast/],
  ["http://[2001:db8::1]/", /reserved/],
  ["http://[::ffff:127.0.0.1]/", /IPv4-mapped form of 127\.0\.0\.1, a loopback/],
  ["http://[::ffff:7f00:1]/", /IPv4-mapped form of 127\.0\.0\.1/],
  ["http://[0:0:0:0:0:ffff:10.0.0.1]/", /IPv4-mapped form of 10\.0\.0\.1, a private/],
  ["http://[::ffff:169.254.169.254]/", METADATA],
  ["http://[64:ff9b::7f00:1]/", /NAT64 form of 127\.0\.0\.1/],
  ["http://[64:ff9b::a9fe:a9fe]/", METADATA],
  ["http://[64:ff9b:1::a00:1]/", /NAT64/],
  ["http://[::127.0.0.1]/", /IPv4-compatible/],
  ["http://[2002:7f00:1::]/", /6to4/],
  ["http://[2001::1]/", /Teredo/],
  // Names that only mean this machine, the local network or a metadata service
  ["http://localhost:3000/", /local-network host name/],
  ["http://LOCALHOST./", /local-network host name/],
  ["http://api.localhost/", /local-network host name/],
  ["http://printer.local/", /local-network host name/],
  ["http://metadata.google.internal/computeMetadata/v1/", METADATA],
  ["http://metadata/computeMetadata/v1/", METADATA],
  ["http://instance-data/latest/", METADATA],
  ["http://intranet/", /single-label/],
  // Names whose DNS answer is private (the check runs on the address actually dialled)
  ["http://internal.example.com/", /resolves to 10\.0\.0\.5, a private/],
  ["http://mixed.example.com/", /resolves to 10\.0\.0\.5/],
  ["http://meta-alias.example.com/", /resolves to 169\.254\.169\.254, the cloud metadata/],
  ["http://v6-loopback.example.com/", /resolves to ::1, the loopback/],
  ["http://mapped.example.com/", /resolves to ::ffff:127\.0\.0\.1, the IPv4-mapped form/],
  ["http://cgnat.example.com/", /CGNAT/],
  ["http://ula.example.com/", /resolves to fd12:3456::1, a unique-local/],
  ["http://loopback-alias.example.com/", /resolves to 127\.0\.0\.1, a loopback/],
  // Not HTTP
  ["file:///etc/passwd", SCHEME],
  ["data:text/plain,hello", SCHEME],
  ["ftp://ftp.example.com/pub/", SCHEME],
  ["gopher://example.com:70/_GET%20/", SCHEME],
  ["http+unix://%2Fvar%2Frun%2Fdocker.sock/info", SCHEME],
  ["unix:/var/run/docker.sock", SCHEME],
  ["http://unix:/var/run/docker.sock:/info", /single-label/],
  ["ws://example.com/socket", SCHEME],
  ["javascript:alert(1)", SCHEME],
  // Credentials in the URL
  ["http://user:secret@example.com/", /credentials in the URL/],
  ["http://127.0.0.1:80@example.com/", /credentials in the URL/],
];

let api: LocalHttpServer;
/** Nothing allow-listed: production. */
let strict: OutboundClient;
/** 127.0.0.1 allow-listed, as tests and self-hosters do: the redirecting server must be reachable. */
let client: OutboundClient;

beforeAll(async () => {
  api = await startLocalHttpServer();
  api.route("/redirect", (req, res) => {
    const to = new URL(req.url ?? "/", "http://x").searchParams.get("to") ?? "/";
    res.writeHead(302, { location: to }).end();
  });
  api.route("/ok", (_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("ok"));
  strict = createOutboundClient({ resolveHost: stubResolver });
  client = createOutboundClient({ allowPrivateHosts: ["127.0.0.1", "allowed-alias.test"], resolveHost: stubResolver });
});

afterAll(async () => {
  await strict.close();
  await client.close();
  await api.close();
});

async function refusal(url: string, through = strict): Promise<BlockedDestinationError> {
  const error: unknown = await through.request({ method: "GET", url, timeoutMs: 2_000 }).then(
    () => new Error(`${url} was called`),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(BlockedDestinationError);
  return error as BlockedDestinationError;
}

describe("SSRF guard: refused targets", () => {
  it("covers at least 40 targets", () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(40);
  });

  it.each(REFUSED)("refuses %s", async (url, why) => {
    const error = await refusal(url);
    expect(error.message).toMatch(/^Refused to call this address: /);
    expect(error.message).toMatch(why);
    expect(error.retriable).toBe(false);
  });

  const REDIRECTS: [string, RegExp][] = [
    ["http://169.254.169.254/latest/meta-data/iam/", METADATA],
    ["http://[::1]/", LOOPBACK],
    ["http://localhost/", /local-network host name/],
    ["http://10.0.0.5/", PRIVATE],
    ["http://0x0a000005/", PRIVATE],
    ["http://[::ffff:7f00:1]/", LOOPBACK],
    ["http://internal.example.com/", /resolves to 10\.0\.0\.5/],
    ["file:///etc/passwd", SCHEME],
    ["gopher://example.com:70/_x", SCHEME],
  ];

  it.each(REDIRECTS)("refuses a redirect from an allowed server to %s", async (to, why) => {
    const before = api.hits("/redirect");
    const error = await refusal(`${api.base}/redirect?to=${encodeURIComponent(to)}`, client);
    expect(error.message).toMatch(why);
    expect(api.hits("/redirect")).toBe(before + 1); // the first hop was made; the second was refused
  });
});

describe("SSRF guard: the allow-list and the resolver are really in the path", () => {
  it("reaches the allow-listed loopback server, directly and through a redirect", async () => {
    await expect(client.request({ method: "GET", url: `${api.base}/ok` })).resolves.toMatchObject({ status: 200, body: "ok" });
    const viaRedirect = await client.request({ method: "GET", url: `${api.base}/redirect?to=${encodeURIComponent(`${api.base}/ok`)}` });
    expect(viaRedirect).toMatchObject({ status: 200, body: "ok" });
  });

  it("dials the stub resolver's address for an allow-listed name", async () => {
    resolved.length = 0;
    const response = await client.request({ method: "GET", url: `http://allowed-alias.test:${api.port}/ok` });
    expect(response.status).toBe(200);
    expect(resolved).toEqual(["allowed-alias.test"]);
  });

  it("allow-lists hosts as written: a name resolving to an allow-listed address is still refused", async () => {
    const error = await refusal("http://loopback-alias.example.com/", client);
    expect(error.message).toMatch(/resolves to 127\.0\.0\.1, a loopback/);
  });

  it("an unresolvable name is a network error, not a refusal", async () => {
    await expect(client.request({ method: "GET", url: "http://nowhere.example.com/" })).rejects.toMatchObject({ name: "NetworkError", message: expect.stringMatching(/does not resolve/) });
  });

  it("refuses the same loopback server when nothing is allow-listed", async () => {
    const error = await refusal(`${api.base}/ok`);
    expect(error.message).toMatch(LOOPBACK);
  });
});
