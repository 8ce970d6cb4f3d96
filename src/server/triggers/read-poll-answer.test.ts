import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ConnectorActionError, defineConnector, defineTrigger, type ConnectorResponse, type PollingTrigger } from "@/core/connectors";
import { pollItemKey } from "./poll-item-key";
import { readPollAnswer } from "./read-poll-answer";

const seenCursors: (string | undefined)[] = [];
// Like Notion's search: the most recent objects every time; `items` uses the cursor to drop the ones it already passed.
const recent = defineTrigger({
  kind: "polling",
  id: "recent",
  name: "Recent",
  description: "",
  intervalMs: 60_000,
  output: z.object({ id: z.string(), at: z.number() }),
  request: () => ({ method: "GET", path: "/recent" }),
  items: (response, cursor) => {
    seenCursors.push(cursor);
    return (response.body as { id: string; at: number }[]).filter((item) => cursor === undefined || item.at >= Number(cursor));
  },
  nextCursor: (response) => {
    const last = (response.body as { at: number }[]).at(-1);
    return last ? String(last.at) : undefined;
  },
  dedupeKey: (item) => (item as { id: string }).id,
});
const connector = defineConnector({ id: "demo", name: "Demo", icon: "box", categories: [], auth: { type: "none" }, baseUrl: "https://demo.test", actions: [], triggers: [recent] });
const answer = (body: unknown): ConnectorResponse => ({ status: 200, headers: {}, body });

describe("readPollAnswer", () => {
  it("hands the cursor to `items`, parses each item, keys it by the SHA-256 of its dedupe key (once per key)", () => {
    const read = readPollAnswer(connector, recent, answer([{ id: "a", at: 1 }, { id: "b", at: 2, extra: true }, { id: "b", at: 2 }, { id: "c", at: 3 }]), "2");
    expect(seenCursors.at(-1)).toBe("2");
    expect(read.items).toEqual([
      { key: pollItemKey("b"), payload: { id: "b", at: 2 } },
      { key: pollItemKey("c"), payload: { id: "c", at: 3 } },
    ]);
    expect(pollItemKey("b")).toMatch(/^[0-9a-f]{64}$/);
    expect(read.nextCursor).toBe("3");
  });

  it("keeps the previous cursor when the trigger gives none", () => {
    expect(readPollAnswer(connector, recent, answer([]), "7")).toEqual({ items: [], nextCursor: "7" });
  });

  it("fails with a message naming the item and the problem when the answer is not in the trigger's shape", () => {
    expect(() => readPollAnswer(connector, recent, answer([{ id: "a", at: "soon" }]), undefined)).toThrow(
      new ConnectorActionError('Demo answered, but item 1 is not in the shape "demo.recent" expects (at: Invalid input: expected number, received string). The API may have changed; check the connector.'),
    );
    const throwing: PollingTrigger = { ...recent, items: () => z.array(z.string()).parse([1]) };
    expect(() => readPollAnswer(connector, throwing, answer([]), undefined)).toThrow(/^Demo answered, but the "Recent" trigger could not read the answer \(0: Invalid input/);
  });
});
