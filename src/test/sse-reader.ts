export interface ServerSentEvent {
  event: string;
  data: string;
  /** Comment lines (`: …`), e.g. heartbeats; a block of only comments has event "". */
  comments: string[];
}

/**
 * Reads a `text/event-stream` body block by block, as EventSource would (fields `event`, `data` and
 * comments; `retry` is accepted and ignored), with a timeout so a missing event fails the test.
 */
export class SseReader {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();
  private buffer = "";
  private pendingRead: Promise<ReadableStreamReadResult<Uint8Array>> | undefined;

  constructor(body: ReadableStream<Uint8Array>) {
    this.reader = body.getReader();
  }

  /** The next block; rejects when none is complete within `timeoutMs` or the stream ends first. */
  async next(timeoutMs = 5_000): Promise<ServerSentEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = this.buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        return parseBlock(block);
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no server-sent event within ${timeoutMs} ms`);
      // A read that timed out stays pending and is picked up by the next call, so no bytes are lost.
      this.pendingRead ??= this.reader.read();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const result = await Promise.race([
        this.pendingRead,
        new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), remaining))),
      ]);
      clearTimeout(timer);
      if (result === "timeout") continue;
      this.pendingRead = undefined;
      if (result.done) throw new Error("the event stream ended");
      this.buffer += this.decoder.decode(result.value, { stream: true });
    }
  }

  /** Resolves when no block arrives for `ms`; rejects with the block when one does. */
  async expectSilence(ms: number): Promise<void> {
    let event: ServerSentEvent;
    try {
      event = await this.next(ms);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("no server-sent event")) return;
      throw error;
    }
    throw new Error(`expected no event, got ${JSON.stringify(event)}`);
  }

  cancel(): Promise<void> {
    return this.reader.cancel();
  }
}

function parseBlock(block: string): ServerSentEvent {
  const parsed: ServerSentEvent = { event: "", data: "", comments: [] };
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (line.startsWith(":")) parsed.comments.push(line.slice(1).trim());
    else if (line.startsWith("event:")) parsed.event = line.slice(6).trim();
    else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
  }
  parsed.data = data.join("\n");
  if (data.length > 0 && !parsed.event) parsed.event = "message";
  return parsed;
}
