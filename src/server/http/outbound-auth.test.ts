import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import type { HttpCallLog } from "./http-request";
import { injectedCredential, type OutboundAuth } from "./outbound-auth";
import { createOutboundClient } from "./outbound-client";

// Every secret in this file contains CANARY; no log entry or error message may.
const CANARY = "canary-9f3e2a";
let api: LocalHttpServer;
let elsewhere: LocalHttpServer;
const client = createOutboundClient({ allowPrivateHosts: ["127.0.0.1"] });
/** The headers the credentials below travel in. */
const CREDENTIAL_HEADERS = ["authorization", "x-api-key", "x-key-id", "x-key-secret"];

beforeAll(async () => {
  api = await startLocalHttpServer();
  elsewhere = await startLocalHttpServer();
  // Answers with what it received, like an echo API; /reject echoes it inside a 401, as some APIs do: the URL in the
  // message, the credential headers in the validation `errors` the detail quotes as JSON.
  api.route("/echo", (req, res) => sendJson(res, 200, { url: req.url, headers: req.headers }));
  api.route("/reject", (req, res) =>
    sendJson(res, 401, { message: `Bad credentials for ${req.url}`, errors: [{ received: Object.fromEntries(CREDENTIAL_HEADERS.map((name) => [name, req.headers[name]])) }] }),
  );
  api.route("/forbid", (req, res) => sendJson(res, 403, { message: `token ${req.headers.authorization ?? ""} lacks the repo scope` }));
  api.route("/bad-json", (_req, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"ok": tru'));
  api.route("/to-same-origin", (_req, res) => res.writeHead(302, { location: "/echo" }).end());
  api.route("/to-elsewhere", (_req, res) => res.writeHead(302, { location: `${elsewhere.base}/echo` }).end());
  elsewhere.route("/echo", (req, res) => sendJson(res, 200, { url: req.url, headers: req.headers }));
});

afterAll(async () => {
  await client.close();
  await api.close();
  await elsewhere.close();
});

const KINDS: { name: string; auth: OutboundAuth; seen: (echo: { url: string; headers: Record<string, string> }) => unknown }[] = [
  { name: "bearer", auth: { type: "bearer", token: `ghp_${CANARY}` }, seen: (e) => e.headers.authorization === `Bearer ghp_${CANARY}` },
  { name: "API key in a header", auth: { type: "api_key_header", header: "X-Api-Key", key: `key-${CANARY}` }, seen: (e) => e.headers["x-api-key"] === `key-${CANARY}` },
  {
    name: "API key in a header with a prefix",
    auth: { type: "api_key_header", header: "Authorization", prefix: "Token ", key: `key-${CANARY}` },
    seen: (e) => e.headers.authorization === `Token key-${CANARY}`,
  },
  { name: "API key in the query", auth: { type: "api_key_query", param: "appid", key: `key ${CANARY}&x=1` }, seen: (e) => new URL(e.url, "http://x").searchParams.get("appid") === `key ${CANARY}&x=1` },
  {
    name: "basic",
    auth: { type: "basic", username: "ada", password: `pw-${CANARY}` },
    seen: (e) => e.headers.authorization === `Basic ${Buffer.from(`ada:pw-${CANARY}`).toString("base64")}`,
  },
  {
    name: "custom headers",
    auth: { type: "headers", headers: { "X-Key-Id": `id-${CANARY}`, "X-Key-Secret": `secret-${CANARY}` } },
    seen: (e) => e.headers["x-key-id"] === `id-${CANARY}` && e.headers["x-key-secret"] === `secret-${CANARY}`,
  },
];

function expectNoCanary(value: unknown) {
  const text = JSON.stringify(value, (_key, v: unknown) => (v instanceof Error ? { name: v.name, message: v.message } : v));
  expect(text).not.toContain(CANARY);
  expect(text).not.toContain(encodeURIComponent(CANARY));
}

describe("credential injection", () => {
  it.each(KINDS)("$name: the server receives it, the call log never shows it", async ({ auth, seen }) => {
    const logs: HttpCallLog[] = [];
    const response = await client.request({ method: "GET", url: `${api.base}/echo`, query: { q: "open" }, auth }, (log) => logs.push(log));
    expect(seen(response.body as never)).toBe(true);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ status: 200 });
    expect(logs[0]!.url).toContain("q=open");
    expectNoCanary(logs);
  });

  it.each(KINDS)("$name: a 401 echoing the credential gives an AuthError without it", async ({ auth }) => {
    const logs: HttpCallLog[] = [];
    const error = await client.request({ method: "GET", url: `${api.base}/reject`, auth }, (log) => logs.push(log)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AuthError", status: 401, retriable: false, message: expect.stringMatching(/reconnect the connection/) });
    expect((error as Error).message).toContain("[redacted]");
    expectNoCanary([error, logs]);
  });

  it("names the credential and the service: GitHub answered 401: the token was rejected", async () => {
    await expect(client.request({ method: "GET", url: `${api.base}/reject`, auth: KINDS[0]!.auth, service: "GitHub" })).rejects.toMatchObject({
      message: expect.stringMatching(/^GitHub answered 401: the token was rejected \(.*\); reconnect the connection/),
    });
  });

  it("a credential straddling the detail's length limit is not cut in half", async () => {
    // The bare token right after 285 characters, no space near: cut before scrubbing, the detail (300) would keep its first half.
    api.route("/long-reject", (req, res) => sendJson(res, 401, { message: `${"x".repeat(285)}${(req.headers.authorization ?? "").replace(/^Bearer /, "")}` }));
    const error = await client.request({ method: "GET", url: `${api.base}/long-reject`, auth: KINDS[0]!.auth }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AuthError" });
    expect((error as Error).message).not.toContain("ghp_ca");
  });

  it("a 403 says to check the permissions, without the token", async () => {
    const error = await client.request({ method: "GET", url: `${api.base}/forbid`, auth: KINDS[0]!.auth }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AuthError", status: 403, message: expect.stringMatching(/permissions or scopes/) });
    expectNoCanary(error);
  });

  it("the injected credential replaces a header of the same name in another case", async () => {
    const response = await client.request({ method: "GET", url: `${api.base}/echo`, headers: { AUTHORIZATION: "Bearer stale" }, auth: KINDS[0]!.auth });
    expect((response.body as { headers: Record<string, string> }).headers.authorization).toBe(`Bearer ghp_${CANARY}`);
  });

  it("a malformed answer's error names the URL with the query key redacted", async () => {
    const error = await client.request({ method: "GET", url: `${api.base}/bad-json`, auth: KINDS[3]!.auth }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "MalformedJsonError", message: expect.stringContaining(`${api.base}/bad-json?appid=%5Bredacted%5D`) });
    expectNoCanary(error);
  });

  it.each(KINDS)("$name: kept on a same-origin redirect", async ({ auth, seen }) => {
    const response = await client.request({ method: "GET", url: `${api.base}/to-same-origin`, auth });
    expect(seen(response.body as never)).toBe(true);
  });

  it.each(KINDS)("$name: never sent to another origin after a redirect", async ({ auth }) => {
    const logs: HttpCallLog[] = [];
    const response = await client.request({ method: "GET", url: `${api.base}/to-elsewhere`, headers: { "x-trace": "t1", "x-api-token": `manual-${CANARY}` }, auth }, (log) => logs.push(log));
    expect(response.status).toBe(200);
    expect((response.body as { headers: Record<string, string> }).headers["x-trace"]).toBe("t1");
    expectNoCanary(elsewhere.requests.at(-1));
    expectNoCanary(logs);
  });

  it("secret-looking headers and query parameters the caller set by hand are redacted too", async () => {
    const logs: HttpCallLog[] = [];
    const error = await client
      .request({ method: "GET", url: `${api.base}/reject`, headers: { "x-api-key": `manual-${CANARY}` }, query: { access_token: `qt-${CANARY}` } }, (log) => logs.push(log))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AuthError" });
    expectNoCanary([error, logs]);
  });
});

describe("injectedCredential", () => {
  it.each([
    [{ type: "bearer", token: "" }, /token is empty/],
    [{ type: "bearer", token: "abc\r\nx-evil: 1" }, /line break/],
    [{ type: "api_key_header", header: "bad header", key: "k" }, /not a valid HTTP header name/],
    [{ type: "api_key_query", param: " ", key: "k" }, /parameter name is empty/],
    [{ type: "basic", username: "a:b", password: "p" }, /colon/],
  ] as [OutboundAuth, RegExp][])("refuses a malformed credential %#", (auth, message) => {
    expect(() => injectedCredential(auth)).toThrow(message);
  });

  it("does nothing for none", () => {
    expect(injectedCredential({ type: "none" })).toMatchObject({ headers: {}, query: {}, secretValues: [] });
  });
});
