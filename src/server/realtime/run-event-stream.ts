import type { RunChangeSource, RunRef } from "./run-change-feed";

export interface RunEventStreamOptions {
  changes: RunChangeSource;
  run: RunRef;
  /** The request's signal: the stream ends and unsubscribes when the client goes away. */
  signal: AbortSignal;
  /** At most one `change` event per this many milliseconds; a burst of writes becomes one trailing event. */
  coalesceMs?: number;
  /** A comment line this often keeps proxies and load balancers from closing an idle stream. */
  heartbeatMs?: number;
}

export const RUN_EVENT_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform also keeps Next.js's gzip from buffering the stream; X-Accel-Buffering does the same for nginx.
  "Cache-Control": "no-cache, no-transform",
  "X-Accel-Buffering": "no",
} as const;

const encoder = new TextEncoder();

/**
 * A server-sent event stream for one run: a `change` event at once (so the client reads the run fresh after
 * connecting), then one per burst of writes to the run or its steps, and a heartbeat comment in between.
 * Events carry no run data: the client re-reads the run through the API, where access is checked.
 */
export function openRunEventStream({ changes, run, signal, coalesceMs = 100, heartbeatMs = 15_000 }: RunEventStreamOptions) {
  let stop = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let stopped = false;
      let lastSentAt = Number.NEGATIVE_INFINITY;
      let pending: ReturnType<typeof setTimeout> | undefined;
      const data = JSON.stringify({ runId: run.runId });

      const write = (text: string) => {
        if (stopped) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const sendChange = () => {
        pending = undefined;
        lastSentAt = performance.now();
        write(`event: change\ndata: ${data}\n\n`);
      };
      const onChange = () => {
        if (pending) return;
        const wait = lastSentAt + coalesceMs - performance.now();
        if (wait <= 0) sendChange();
        else pending = setTimeout(sendChange, wait);
      };
      const onAbort = () => {
        stop();
        try {
          controller.close();
        } catch {
          // Already closed or errored by the consumer.
        }
      };

      const unsubscribe = changes.subscribe(run, onChange);
      const heartbeat = setInterval(() => write(": heartbeat\n\n"), heartbeatMs);
      stop = () => {
        if (stopped) return;
        stopped = true;
        unsubscribe();
        clearInterval(heartbeat);
        clearTimeout(pending);
        signal.removeEventListener("abort", onAbort);
      };

      if (signal.aborted) return onAbort();
      signal.addEventListener("abort", onAbort, { once: true });
      // Subscribed before the first event, so a write between the client's read and this point is not lost.
      write("retry: 3000\n");
      sendChange();
    },
    cancel() {
      stop();
    },
  });
}
