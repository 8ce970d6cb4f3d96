import { randomUUID } from "node:crypto";
import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedEvent {
  id?: string;
  name: string;
  data: unknown;
}

/**
 * The Inngest client reads INNGEST_BASE_URL once, when it is constructed (at import). Integration tests point
 * it at this gateway before anything is imported: by default it accepts events like an engine would and
 * records them; a test that needs the real embedded executor plugs it in with `forwardTo(url)`.
 */
export interface EngineGateway {
  url: string;
  events: RecordedEvent[];
  forwardTo(url: string | null): void;
  close(): Promise<void>;
}

export async function startEngineGateway(): Promise<EngineGateway> {
  const events: RecordedEvent[] = [];
  let upstream: string | null = null;
  const server: Server = createServer((req, res) => {
    if (upstream) return forward(req, upstream, res);
    void readBody(req).then((body) => {
      if (req.method === "POST" && req.url?.startsWith("/e/")) {
        const parsed = JSON.parse(body || "[]") as RecordedEvent | RecordedEvent[];
        const batch = Array.isArray(parsed) ? parsed : [parsed];
        events.push(...batch);
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ ids: batch.map((e) => e.id ?? randomUUID()), status: 200 }));
        return;
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    events,
    forwardTo: (target) => {
      upstream = target;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function forward(req: IncomingMessage, upstream: string, res: import("node:http").ServerResponse) {
  const target = new URL(req.url ?? "/", upstream);
  const proxied = httpRequest(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (upstreamRes) => {
    res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
    upstreamRes.pipe(res);
  });
  proxied.on("error", () => res.writeHead(502).end());
  req.pipe(proxied);
}

/** The gateway started by the integration tests' setup file. */
export function currentEngineGateway(): EngineGateway {
  const gateway = (globalThis as { __engineGateway?: EngineGateway }).__engineGateway;
  if (!gateway) throw new Error("No engine gateway: integration tests start one in src/test/setup-engine-gateway.ts.");
  return gateway;
}
