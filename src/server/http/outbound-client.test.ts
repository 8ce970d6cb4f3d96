import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOutboundClient } from "./outbound-client";
import type { HttpCallLog } from "./http-request";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
let server: Server;
let base: string;
const client = createOutboundClient({ allowPrivateHosts: ["127.0.0.1"], maxResponseBytes: 64 * 1024 });

beforeAll(async () => {
  server = createServer((req, res) => {
    const handler = routes.get(new URL(req.url ?? "/", "http://x").pathname);
    if (handler) handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  routes.set("/ok", (req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, auth: req.headers.authorization ?? null })));
  routes.set("/503", (_req, res) => res.writeHead(503, { "retry-after": "7" }).end("down"));
  routes.set("/429", (_req, res) => res.writeHead(429, { "content-type": "application/json", "retry-after": "2" }).end('{"message":"slow down"}'));
  routes.set("/401", (_req, res) => res.writeHead(401).end("bad token"));
  routes.set("/422", (_req, res) => res.writeHead(422, { "content-type": "application/json" }).end('{"error":"title is required"}'));
  routes.set("/slow", () => {});
  routes.set("/reset", (req) => req.socket.destroy());
  routes.set("/huge", (_req, res) => res.writeHead(200).end("x".repeat(100 * 1024)));
  routes.set("/huge-chunked", (_req, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    for (let i = 0; i < 100; i += 1) res.write("y".repeat(1024));
    res.end();
  });
  routes.set("/malformed", (_req, res) => res.writeHead(200, { "content-type": "application/json" }).end("{not json"));
  routes.set("/to-private", (_req, res) => res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end());
  routes.set("/to-localhost", (_req, res) => res.writeHead(302, { location: "http://localhost:8080/" }).end());
  routes.set("/to-ok", (_req, res) => res.writeHead(301, { location: "/ok" }).end());
});

afterAll(async () => {
  await client.close();
  await new Promise((resolve) => server.close(resolve));
});

describe("outbound HTTP client against a local server", () => {
  it("returns parsed JSON and logs the call with the credential redacted", async () => {
    const logs: HttpCallLog[] = [];
    const response = await client.request(
      { method: "GET", url: `${base}/ok`, headers: { authorization: "Bearer canary-secret-123" }, query: { api_key: "canary-key" } },
      (log) => logs.push(log),
    );
    expect(response).toMatchObject({ status: 200, body: { ok: true, auth: "Bearer canary-secret-123" } });
    expect(logs).toHaveLength(1);
    expect(JSON.stringify(logs)).not.toContain("canary");
    expect(logs[0]).toMatchObject({ status: 200, requestHeaders: { authorization: "[redacted]" } });
  });

  it("503 is a retriable ServerError carrying Retry-After", async () => {
    await expect(client.request({ method: "GET", url: `${base}/503` })).rejects.toMatchObject({ name: "ServerError", retriable: true, retryAfterMs: 7000 });
  });

  it("429 is a RateLimitError with the Retry-After delay", async () => {
    await expect(client.request({ method: "GET", url: `${base}/429` })).rejects.toMatchObject({ name: "RateLimitError", retriable: true, retryAfterMs: 2000 });
  });

  it("401 is a non-retriable AuthError telling the user to reconnect", async () => {
    await expect(client.request({ method: "GET", url: `${base}/401` })).rejects.toMatchObject({ name: "AuthError", retriable: false, message: expect.stringMatching(/reconnect/) });
  });

  it("422 is a ClientError quoting the API's reason", async () => {
    await expect(client.request({ method: "POST", url: `${base}/422`, body: {} })).rejects.toMatchObject({ name: "ClientError", message: expect.stringContaining("title is required") });
  });

  it("times out with a retriable NetworkError", async () => {
    await expect(client.request({ method: "GET", url: `${base}/slow`, timeoutMs: 200 })).rejects.toMatchObject({ name: "NetworkError", retriable: true, message: expect.stringContaining("200 ms") });
  });

  it("a connection reset is a retriable NetworkError", async () => {
    await expect(client.request({ method: "GET", url: `${base}/reset` })).rejects.toMatchObject({ name: "NetworkError", retriable: true });
  });

  it.each(["/huge", "/huge-chunked"])("refuses an oversized body (%s)", async (path) => {
    await expect(client.request({ method: "GET", url: `${base}${path}` })).rejects.toMatchObject({ name: "ResponseTooLargeError", retriable: false });
  });

  it("malformed JSON is a clear, non-retriable error", async () => {
    await expect(client.request({ method: "GET", url: `${base}/malformed` })).rejects.toMatchObject({ retriable: false, message: expect.stringContaining("malformed JSON") });
  });

  it("follows a redirect to an allowed address", async () => {
    await expect(client.request({ method: "GET", url: `${base}/to-ok` })).resolves.toMatchObject({ status: 200 });
  });

  it.each(["/to-private", "/to-localhost"])("re-checks redirects and refuses %s", async (path) => {
    await expect(client.request({ method: "GET", url: `${base}${path}` })).rejects.toMatchObject({ name: "BlockedDestinationError" });
  });

  it("refuses loopback when it is not allow-listed", async () => {
    const strict = createOutboundClient();
    try {
      await expect(strict.request({ method: "GET", url: `${base}/ok` })).rejects.toMatchObject({ name: "BlockedDestinationError" });
    } finally {
      await strict.close();
    }
  });
});
