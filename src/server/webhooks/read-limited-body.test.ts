import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readLimitedStream } from "./read-limited-body";

function streamOf(chunks: Uint8Array[]): { stream: ReadableStream<Uint8Array> } {
  let index = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(chunks[index++]!);
      else controller.close();
    },
  });
  return { stream };
}

describe("readLimitedStream", () => {
  it("returns the whole body up to the limit, and exactly limit + 1 bytes of a longer one, whatever the chunking", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 12 }), fc.integer({ min: 0, max: 120 }), async (chunks, limit) => {
        const all = Uint8Array.from(chunks.flatMap((chunk) => [...chunk]));
        const read = await readLimitedStream(streamOf(chunks).stream, limit);
        expect([...read]).toEqual([...all.subarray(0, Math.min(all.byteLength, limit + 1))]);
      }),
    );
  });

  it("stops keeping data once past the limit", async () => {
    const chunk = new Uint8Array(1024);
    const source = streamOf(Array.from({ length: 64 }, () => chunk));
    const read = await readLimitedStream(source.stream, 4096);
    expect(read.byteLength).toBe(4097);
  });

  it("reads no body as empty", async () => {
    expect((await readLimitedStream(null, 10)).byteLength).toBe(0);
  });
});
