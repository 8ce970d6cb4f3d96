import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { inTransaction, type EngineContext } from "../engine/context";
import { ingestEvents, type IncomingEvent } from "../engine/ingest-events";
import { registerApp } from "../engine/register-app";
import type { Json } from "../storage/schema";
import { readJsonBody } from "./read-body";

const eventSchema = z
  .object({ name: z.string().min(1), data: z.unknown().optional(), id: z.string().optional(), ts: z.number().optional(), user: z.unknown().optional(), v: z.string().optional() })
  .passthrough();

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

/** Parses `POST /e/:key` bodies (an event or an array of events) into events the engine can ingest. */
export function parseEvents(body: unknown): IncomingEvent[] {
  const list = z.array(eventSchema).parse(Array.isArray(body) ? body : [body]);
  return list.map((event) => ({ name: event.name, data: (event.data ?? {}) as Json, id: event.id, ts: event.ts, user: event.user as Json | undefined, v: event.v }));
}

async function route(ctx: EngineContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? "/", "http://executor").pathname;
  if (request.method === "POST" && path === "/fn/register") {
    const outcome = await registerApp(ctx, await readJsonBody(request));
    if (outcome.ok) send(response, 200, { ok: true, status: 200, modified: true, skipped: false });
    else send(response, 400, { status: 400, error: outcome.error, skipped: false, modified: false });
    return;
  }
  if (request.method === "POST" && /^\/e\/[^/]+$/.test(path)) {
    let events: IncomingEvent[];
    try {
      events = parseEvents(await readJsonBody(request));
    } catch (error) {
      send(response, 400, { status: 400, ids: [], error: `Invalid event payload: ${String(error)}` });
      return;
    }
    const ids = await inTransaction(ctx, (work) => ingestEvents(work, events));
    send(response, 200, { ids, status: 200 });
    return;
  }
  if (request.method === "GET" && (path === "/" || path === "/health")) {
    send(response, 200, { status: 200, kind: "junction-embedded-executor" });
    return;
  }
  send(response, 404, { status: 404, error: `The embedded executor does not serve ${request.method} ${path}` });
}

/** The executor's HTTP face: what the SDK calls as INNGEST_BASE_URL (sync and events). */
export async function startExecutorServer(ctx: EngineContext, host: string, port: number): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    route(ctx, request, response).catch((error: unknown) => {
      ctx.logger.error("request failed", { path: request.url, error: String(error) });
      if (!response.headersSent) send(response, 500, { status: 500, error: String(error) });
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return { server, url: `http://${host}:${address.port}` };
}
