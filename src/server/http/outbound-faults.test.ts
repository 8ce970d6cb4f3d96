import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import type { HttpCallLog } from "./http-request";
import { createOutboundClient } from "./outbound-client";

// Faults a real API produces, each against a real socket on loopback.
const client = createOutboundClient({ allowPrivateHosts: ["127.0.0.1"], maxResponseBytes: 64 * 1024 });
let api: LocalHttpServer;

beforeAll(async () => {
  api = await startLocalHttpServer();
  api.route("/no-headers", () => {});
  api.route("/stalled-body", (_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.write('{"items": [1, 2,');
  });
  api.route("/slow-body", (_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    const parts = ['{"items":', "[1,", "2,", "3]}"];
    const next = () => {
      const part = parts.shift();
      if (part === undefined) return res.end();
      res.write(part);
      setTimeout(next, 25);
    };
    next();
  });
  api.route("/reset-before-headers", (req) => req.socket.destroy());
  api.route("/reset-mid-body", (req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
    res.write('{"items": [');
    setTimeout(() => req.socket.destroy(), 20);
  });
  api.route("/too-large-declared", (_req, res) => res.writeHead(200, { "content-length": String(200 * 1024) }).end("x".repeat(200 * 1024)));
  api.route("/too-large-streamed", (_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.write("[");
    for (let i = 0; i < 200; i += 1) res.write(`"${"z".repeat(1022)}",`);
    res.end('""]');
  });
  api.route("/malformed", (_req, res) => res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end('{"items": [1, 2,, 3]}'));
  api.route("/truncated-json", (_req, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"items": [1, 2'));
  api.route("/html-as-json", (_req, res) => res.writeHead(200, { "content-type": "application/json" }).end("<html>maintenance</html>"));
  api.route("/401", (_req, res) => sendJson(res, 401, { message: "Bad credentials" }));
  api.route("/403", (_req, res) => sendJson(res, 403, { message: "Resource not accessible by integration" }));
  api.route("/422", (_req, res) => sendJson(res, 422, { message: "Validation Failed", errors: [{ field: "title", code: "missing" }] }));
});

afterAll(async () => {
  await client.close();
  await api.close();
});

const get = (path: string, extra: { timeoutMs?: number; service?: string } = {}, onCall?: (log: HttpCallLog) => void) =>
  client.request({ method: "GET", url: `${api.base}${path}`, ...extra }, onCall);

describe("timeouts", () => {
  it("no headers in time: a retriable NetworkError naming the limit", async () => {
    await expect(get("/no-headers", { timeoutMs: 150 })).rejects.toMatchObject({ name: "NetworkError", retriable: true, message: expect.stringMatching(/no answer within 150 ms/) });
  });

  it("headers, then a body that stops arriving: says it was the body", async () => {
    await expect(get("/stalled-body", { timeoutMs: 200 })).rejects.toMatchObject({
      name: "NetworkError",
      retriable: true,
      message: expect.stringMatching(/body stopped arriving; no complete answer within 200 ms/),
    });
  });

  it("a slow body that finishes within the timeout is read whole", async () => {
    await expect(get("/slow-body", { timeoutMs: 5_000 })).resolves.toMatchObject({ status: 200, body: { items: [1, 2, 3] } });
  });
});

describe("broken connections", () => {
  it("reset before any header", async () => {
    await expect(get("/reset-before-headers")).rejects.toMatchObject({ name: "NetworkError", retriable: true, message: expect.stringMatching(/^Could not reach 127\.0\.0\.1:\d+: /) });
  });

  it("reset in the middle of the body", async () => {
    const logs: HttpCallLog[] = [];
    await expect(get("/reset-mid-body", {}, (log) => logs.push(log))).rejects.toMatchObject({ name: "NetworkError", retriable: true, message: expect.stringMatching(/while the body was arriving/) });
    expect(logs).toHaveLength(1);
    expect(logs[0]!.error).toMatch(/Could not reach/);
  });
});

describe("response size", () => {
  it.each(["/too-large-declared", "/too-large-streamed"])("refuses %s past the limit", async (path) => {
    await expect(get(path, { service: "Acme" })).rejects.toMatchObject({ name: "ResponseTooLargeError", retriable: false, message: expect.stringMatching(/^The response from Acme is larger than 64 KiB/) });
  });
});

describe("malformed JSON", () => {
  it("names the URL and the position, and does not retry", async () => {
    const error = await get("/malformed?page=2").catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "MalformedJsonError", retriable: false, status: 200 });
    expect((error as Error).message).toContain("malformed JSON at position 16 of 21 characters");
    expect((error as Error).message).toContain(`${api.base}/malformed?page=2`);
  });

  it("a body cut short points at its end", async () => {
    await expect(get("/truncated-json")).rejects.toMatchObject({ message: expect.stringContaining("at position 15 of 15 characters") });
  });

  it("an HTML page served as JSON points at its first character", async () => {
    await expect(get("/html-as-json")).rejects.toMatchObject({ message: expect.stringContaining("at position 0 of") });
  });
});

describe("status taxonomy", () => {
  it("401 → AuthError, not retriable, quoting the API", async () => {
    await expect(get("/401", { service: "GitHub" })).rejects.toMatchObject({
      name: "AuthError",
      retriable: false,
      message: expect.stringMatching(/^GitHub answered 401: the credentials were rejected \(Bad credentials\); reconnect/),
    });
  });

  it("403 → AuthError about permissions", async () => {
    await expect(get("/403")).rejects.toMatchObject({ name: "AuthError", status: 403, message: expect.stringMatching(/Resource not accessible.*permissions or scopes/) });
  });

  it("404 → ClientError telling what to check", async () => {
    await expect(get("/nothing-here")).rejects.toMatchObject({ name: "ClientError", status: 404, retriable: false, message: expect.stringMatching(/answered 404: not found .*Check the URL/) });
  });

  it("422 → ClientError quoting the validation failure", async () => {
    await expect(client.request({ method: "POST", url: `${api.base}/422`, body: {} })).rejects.toMatchObject({ name: "ClientError", message: expect.stringContaining('"field":"title"') });
  });
});
