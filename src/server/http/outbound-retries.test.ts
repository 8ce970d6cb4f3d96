import { setTimeout as delay } from "node:timers/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import type { HttpCallLog } from "./http-request";
import { createOutboundClient } from "./outbound-client";

// The client's waits are recorded as asked for and actually slept for at most 20 ms, so a Retry-After of
// seconds is verified without making the suite slow.
const waits: number[] = [];
const client = createOutboundClient({
  allowPrivateHosts: ["127.0.0.1"],
  sleep: async (ms) => {
    waits.push(ms);
    await delay(Math.min(ms, 20));
  },
  random: () => 0.5,
});
let api: LocalHttpServer;
const ok = (res: Parameters<typeof sendJson>[0]) => sendJson(res, 200, { ok: true });
const epochSeconds = () => Math.ceil(Date.now() / 1000);

beforeAll(async () => {
  api = await startLocalHttpServer();
  api.route("/limited", (_req, res, hit) => (hit === 1 ? sendJson(res, 429, { message: "slow down" }, { "retry-after": "1" }) : ok(res)));
  api.route("/limited-date", (_req, res, hit) =>
    hit === 1 ? sendJson(res, 429, {}, { "retry-after": new Date(Date.now() + 3_000).toUTCString() }) : ok(res),
  );
  api.route("/limited-long", (_req, res) => sendJson(res, 429, { message: "quota" }, { "retry-after": "120" }));
  api.route("/limited-always", (_req, res) => sendJson(res, 429, {}, { "retry-after": "2" }));
  api.route("/github-quota", (_req, res, hit) =>
    hit === 1
      ? sendJson(res, 403, { message: "API rate limit exceeded" }, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(epochSeconds() + 2) })
      : ok(res),
  );
  api.route("/reset-delta", (_req, res, hit) => (hit === 1 ? sendJson(res, 429, {}, { "x-ratelimit-reset": "1" }) : ok(res)));
  api.route("/ratelimit-reset", (_req, res, hit) => (hit === 1 ? sendJson(res, 429, {}, { "ratelimit-reset": "1" }) : ok(res)));
  api.route("/burst", (_req, res, hit) => (hit <= 3 ? res.writeHead(503).end("overloaded") : ok(res)));
  api.route("/burst-forever", (_req, res) => res.writeHead(503).end("overloaded"));
  api.route("/gh-502", (_req, res, hit) =>
    hit === 1 ? res.writeHead(502, { "x-ratelimit-remaining": "4999", "x-ratelimit-reset": String(epochSeconds() + 3600) }).end("bad gateway") : ok(res),
  );
  api.route("/post-503", (_req, res) => res.writeHead(503).end("down"));
  api.route("/post-503-once", (_req, res, hit) => (hit === 1 ? res.writeHead(503).end("down") : sendJson(res, 201, { created: true })));
  api.route("/post-reset", (req) => req.socket.destroy());
  api.route("/get-reset", (req, res, hit) => {
    if (hit > 1) return ok(res);
    res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
    res.write('{"partial":');
    setTimeout(() => req.socket.destroy(), 10);
  });
  api.route("/slow-once", (_req, res, hit) => (hit === 1 ? undefined : ok(res)));
  api.route("/unauthorized", (_req, res) => sendJson(res, 401, { message: "Bad credentials" }));
  api.route("/off-503", (_req, res, hit) => (hit === 1 ? res.writeHead(503).end("down") : ok(res)));
});

beforeEach(() => {
  waits.length = 0;
});

afterAll(async () => {
  await client.close();
  await api.close();
});

describe("rate limits", () => {
  it("429 with Retry-After in seconds: waits as asked, then succeeds; each attempt is logged", async () => {
    const logs: HttpCallLog[] = [];
    const response = await client.request({ method: "GET", url: `${api.base}/limited`, retry: true }, (log) => logs.push(log));
    expect(response.status).toBe(200);
    expect(waits).toEqual([1000]);
    expect(api.hits("/limited")).toBe(2);
    expect(logs.map((log) => [log.attempt, log.status])).toEqual([
      [1, 429],
      [2, 200],
    ]);
  });

  it("429 with Retry-After as an HTTP date", async () => {
    await expect(client.request({ method: "GET", url: `${api.base}/limited-date`, retry: true })).resolves.toMatchObject({ status: 200 });
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(1_000);
    expect(waits[0]).toBeLessThanOrEqual(3_000);
  });

  it("a wait longer than the call's budget ends the call at once, handing the wait to the step", async () => {
    const error = await client.request({ method: "GET", url: `${api.base}/limited-long`, retry: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "RateLimitError", retriable: true, retryAfterMs: 120_000, message: expect.stringMatching(/Try again in 2 min/) });
    expect(waits).toEqual([]);
    expect(api.hits("/limited-long")).toBe(1);
  });

  it("caps the total wait: stops when the next wait would exceed it", async () => {
    const error = await client.request({ method: "GET", url: `${api.base}/limited-always`, retry: { attempts: 10, maxTotalWaitMs: 5_000 } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "RateLimitError", retryAfterMs: 2_000, message: expect.stringMatching(/Gave up after 3 attempts and 4 s of waiting/) });
    expect(waits).toEqual([2_000, 2_000]);
    expect(api.hits("/limited-always")).toBe(3);
  });

  it("GitHub's 403 with x-ratelimit-remaining: 0 is a rate limit, waited out until x-ratelimit-reset", async () => {
    await expect(client.request({ method: "GET", url: `${api.base}/github-quota`, retry: true })).resolves.toMatchObject({ status: 200 });
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(1_000);
    expect(waits[0]).toBeLessThanOrEqual(3_000);
  });

  it.each(["/reset-delta", "/ratelimit-reset"])("429 with a reset delta header (%s)", async (path) => {
    await expect(client.request({ method: "GET", url: `${api.base}${path}`, retry: true })).resolves.toMatchObject({ status: 200 });
    expect(waits).toEqual([1_000]);
  });
});

describe("server errors and broken connections", () => {
  it("a burst of 503s, then 200: exponential backoff with full jitter", async () => {
    const logs: HttpCallLog[] = [];
    const response = await client.request({ method: "GET", url: `${api.base}/burst`, retry: { baseDelayMs: 40 } }, (log) => logs.push(log));
    expect(response.status).toBe(200);
    expect(waits).toEqual([20, 40, 80]); // random() = 0.5 of 40, 80, 160
    expect(logs.map((log) => log.status)).toEqual([503, 503, 503, 200]);
  });

  it("503 on every attempt: the last error says how many attempts were made", async () => {
    const error = await client.request({ method: "GET", url: `${api.base}/burst-forever`, retry: { attempts: 3, baseDelayMs: 10 } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ServerError", status: 503, message: expect.stringMatching(/answered 503.*Gave up after 3 attempts/) });
    expect(api.hits("/burst-forever")).toBe(3);
  });

  it("a 502 carrying GitHub's quota reset is backed off, not held until the quota window", async () => {
    await expect(client.request({ method: "GET", url: `${api.base}/gh-502`, retry: { baseDelayMs: 40 } })).resolves.toMatchObject({ status: 200 });
    expect(waits).toEqual([20]);
  });

  it("a connection reset mid-body is retried for GET", async () => {
    await expect(client.request({ method: "GET", url: `${api.base}/get-reset`, retry: { baseDelayMs: 10 } })).resolves.toMatchObject({ status: 200 });
    expect(api.hits("/get-reset")).toBe(2);
  });

  it("a timeout is retried for GET", async () => {
    await expect(client.request({ method: "GET", url: `${api.base}/slow-once`, timeoutMs: 150, retry: { baseDelayMs: 10 } })).resolves.toMatchObject({ status: 200 });
    expect(api.hits("/slow-once")).toBe(2);
  });

  it("404 and 401 are never retried", async () => {
    await expect(client.request({ method: "GET", url: `${api.base}/missing`, retry: true })).rejects.toMatchObject({ name: "ClientError", status: 404 });
    expect(api.hits("/missing")).toBe(1);
    await expect(client.request({ method: "GET", url: `${api.base}/unauthorized`, retry: true })).rejects.toMatchObject({ name: "AuthError", status: 401 });
    expect(api.hits("/unauthorized")).toBe(1);
    expect(waits).toEqual([]);
  });

  it("retries are off unless the call asks for them", async () => {
    await expect(client.request({ method: "GET", url: `${api.base}/off-503` })).rejects.toMatchObject({ name: "ServerError" });
    expect(api.hits("/off-503")).toBe(1);
  });
});

describe("non-idempotent methods", () => {
  it("a POST answered 503 is not repeated", async () => {
    await expect(client.request({ method: "POST", url: `${api.base}/post-503`, body: { a: 1 }, retry: true })).rejects.toMatchObject({ name: "ServerError" });
    expect(api.hits("/post-503")).toBe(1);
  });

  it("a POST whose connection broke after it was sent is not repeated", async () => {
    await expect(client.request({ method: "POST", url: `${api.base}/post-reset`, body: { a: 1 }, retry: true })).rejects.toMatchObject({ name: "NetworkError", retriable: true });
    expect(api.hits("/post-reset")).toBe(1);
  });

  it("a POST is repeated when the policy says the call is idempotent", async () => {
    const response = await client.request({ method: "POST", url: `${api.base}/post-503-once`, body: { a: 1 }, headers: { "idempotency-key": "k1" }, retry: { retryNonIdempotent: true, baseDelayMs: 10 } });
    expect(response.status).toBe(201);
    expect(api.hits("/post-503-once")).toBe(2);
  });

  it("a POST whose connection was refused (nothing sent) is retried", async () => {
    const probe = await startLocalHttpServer();
    const port = probe.port;
    await probe.close();
    let late: Awaited<ReturnType<typeof startLocalHttpServer>> | undefined;
    // The API comes up while the client waits before its second attempt.
    const patient = createOutboundClient({
      allowPrivateHosts: ["127.0.0.1"],
      sleep: async () => {
        late ??= await startLocalHttpServer(port);
        late.route("/items", (_req, res) => sendJson(res, 201, { id: 7 }));
      },
    });
    try {
      const response = await patient.request({ method: "POST", url: `http://127.0.0.1:${port}/items`, body: { name: "x" }, retry: { baseDelayMs: 10 } });
      expect(response).toMatchObject({ status: 201, body: { id: 7 } });
      expect(late?.requests.filter((r) => r.method === "POST")).toHaveLength(1);
    } finally {
      await patient.close();
      await late?.close();
    }
  });
});
