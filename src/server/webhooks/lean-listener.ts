import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { logger } from "@/server/log/logger";
import { MAX_WEBHOOK_BODY_BYTES, type IntakeResponse, type WebhookIntake } from "./intake";
import { readLimitedNodeBody } from "./read-limited-body";

/** `/hooks/{endpointId}` or `/api/hooks/{endpointId}` (the same path as the Next.js route), query ignored. */
const HOOK_PATH = /^\/(?:api\/)?hooks\/([^/?#]+)\/?(?:\?.*)?$/;

export interface WebhookListener {
  server: Server;
  port: number;
  /** `http://127.0.0.1:<port>` */
  url: string;
  close(): Promise<void>;
}

function send(response: ServerResponse, result: IntakeResponse, closeConnection = false): void {
  response.writeHead(result.status, closeConnection ? { ...result.headers, connection: "close" } : result.headers);
  response.end(result.body);
}

/**
 * A bare node:http server mounting the same intake as the Next.js route, for throughput (the route handler costs
 * several times more per request). Anything but a hook path is 404.
 */
export async function startWebhookListener(options: { intake: WebhookIntake | (() => Promise<WebhookIntake>); port: number; host?: string }): Promise<WebhookListener> {
  const intakeOf = typeof options.intake === "function" ? options.intake : () => Promise.resolve(options.intake as WebhookIntake);

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const match = HOOK_PATH.exec(request.url ?? "/");
    if (!match) {
      send(response, { status: 404, headers: { "content-type": "application/json" }, body: JSON.stringify({ error: "Not found; webhooks are POSTed to /hooks/{endpointId}." }) });
      request.resume();
      return;
    }
    const body = await readLimitedNodeBody(request, MAX_WEBHOOK_BODY_BYTES);
    const intake = await intakeOf();
    const result = await intake.handle({ method: request.method ?? "GET", endpointId: match[1]!, headers: request.headers, body });
    // An over-long body was left unread: the connection cannot carry another request.
    send(response, result, body.byteLength > MAX_WEBHOOK_BODY_BYTES);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logger.error({ err: error }, "the webhook listener failed on a request");
      if (!response.headersSent) send(response, { status: 500, headers: { "content-type": "application/json" }, body: JSON.stringify({ error: "Internal error; send the delivery again." }) }, true);
      else response.destroy();
    });
  });
  // Slow senders must not hold sockets for ever (the default allows five minutes per request).
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
