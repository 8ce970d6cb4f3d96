import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";

type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Response | Promise<Response>;

export interface ServedRoute {
  /** `http://127.0.0.1:<port>` */
  base: string;
  close(): Promise<void>;
}

/**
 * Serves a Next.js App Router route module on loopback the way `next start` hands requests to it: the path's
 * parameters from `pattern`'s named groups, the body streamed (not buffered) into a web Request, the Response written
 * back as it streams. Methods the module does not export get 405, as Next.js answers them.
 */
export async function serveRouteHandler<P extends Record<string, string>>(pattern: RegExp, route: Record<string, unknown>): Promise<ServedRoute> {
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const match = pattern.exec(url.pathname);
    const exported = match ? route[req.method ?? "GET"] : undefined;
    if (!match || typeof exported !== "function") {
      res.writeHead(match ? 405 : 404).end();
      req.resume();
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const request = new Request(url, {
      method: req.method,
      headers,
      ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: "half" } : {}),
    } as RequestInit);
    const response = await (exported as RouteHandler<P>)(request, { params: Promise.resolve((match.groups ?? {}) as P) });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (response.body) {
      for await (const chunk of response.body) res.write(chunk);
    }
    res.end();
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
