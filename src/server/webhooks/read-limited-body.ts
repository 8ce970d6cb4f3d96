import type { IncomingMessage } from "node:http";

/** Joins chunks into one array of at most `max` bytes. */
function joinChunks(chunks: Uint8Array[], max: number): Uint8Array {
  const total = Math.min(
    max,
    chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0),
  );
  if (chunks.length === 1 && chunks[0]!.byteLength <= max) return chunks[0]!;
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    if (offset >= total) break;
    const part = chunk.byteLength <= total - offset ? chunk : chunk.subarray(0, total - offset);
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return joined;
}

/** How much of an over-long body is read and thrown away so the 413 reaches the sender, before the stream is cut. */
const DISCARD_LIMIT_BYTES = 16 * 1024 * 1024;

/**
 * Reads a request body as it streams in, keeping at most `limit + 1` bytes: a body longer than `limit` comes back
 * as exactly `limit + 1` bytes (for intake to answer 413) and the rest is never buffered. The rest is read and
 * dropped in the background (up to 16 MiB, then the stream is cancelled): cancelling at once would also close the
 * connection the 413 has to go out on.
 */
export async function readLimitedStream(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return joinChunks(chunks, limit + 1);
    chunks.push(value);
    size += value.byteLength;
    if (size > limit) {
      void discardRestOfStream(reader);
      return joinChunks(chunks, limit + 1);
    }
  }
}

async function discardRestOfStream(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  let discarded = 0;
  try {
    while (discarded <= DISCARD_LIMIT_BYTES) {
      const { done, value } = await reader.read();
      if (done) return;
      discarded += value.byteLength;
    }
    await reader.cancel();
  } catch {
    // The sender went away; nothing to clean up.
  }
}

/**
 * The same for a Node request: past the limit the rest is read and dropped (up to 16 MiB, then the request is
 * destroyed) rather than destroyed at once, which would take the socket the 413 goes out on with it. The caller
 * answers with `Connection: close`.
 */
export function readLimitedNodeBody(request: IncomingMessage, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stop = () => {
      request.off("data", onData);
      request.off("end", onEnd);
      request.off("error", onError);
    };
    const onEnd = () => {
      stop();
      resolve(joinChunks(chunks, limit + 1));
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size <= limit) return;
      stop();
      resolve(joinChunks(chunks, limit + 1));
      discardRestOfRequest(request);
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    request.on("data", onData);
    request.on("end", onEnd);
    request.on("error", onError);
  });
}

function discardRestOfRequest(request: IncomingMessage): void {
  let discarded = 0;
  request.on("data", (chunk: Buffer) => {
    discarded += chunk.byteLength;
    if (discarded > DISCARD_LIMIT_BYTES) request.destroy();
  });
  // A sender that disconnects mid-upload is no error of ours.
  request.on("error", () => {});
}
