import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordingApi {
  /** `http://127.0.0.1:<port>` (loopback is allow-listed in the E2E server's env). */
  url: string;
  /** The JSON body of every request, in arrival order. */
  received: unknown[];
  close(): Promise<void>;
}

/**
 * A real HTTP API on loopback for a workflow to call: it records each request's JSON body and answers 201 with
 * `respond(body)`.
 */
export async function startRecordingApi(respond: (body: unknown) => unknown): Promise<RecordingApi> {
  const received: unknown[] = [];
  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      const body: unknown = JSON.parse(raw || "null");
      received.push(body);
      res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify(respond(body)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
