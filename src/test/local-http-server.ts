import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Path and query as received. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** `hit` counts the calls to this path so far, this one included (1 for the first). */
export type LocalRoute = (req: IncomingMessage, res: ServerResponse, hit: number, body: string) => void;

export interface LocalHttpServer {
  /** `http://127.0.0.1:<port>` */
  base: string;
  port: number;
  route(path: string, handler: LocalRoute): void;
  hits(path: string): number;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 with per-path handlers, standing in for a third-party API in tests. */
export async function startLocalHttpServer(port = 0): Promise<LocalHttpServer> {
  const routes = new Map<string, LocalRoute>();
  const hitCounts = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const hit = (hitCounts.get(path) ?? 0) + 1;
      hitCounts.set(path, hit);
      requests.push({ method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers, body });
      const handler = routes.get(path);
      if (handler) handler(req, res, hit, body);
      else res.writeHead(404, { "content-type": "application/json" }).end('{"message":"Not Found"}');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    route: (path, handler) => void routes.set(path, handler),
    hits: (path) => hitCounts.get(path) ?? 0,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A JSON answer. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
}
