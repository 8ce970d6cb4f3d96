import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ConnectorActionError, defineConnector, defineTrigger, type ConnectorResponse, type PollingTrigger } from "@/core/connectors";
import { pollItemKey } from "./poll-item-key";
import type { ConnectorSession } from "@/server/connectors/connector-session";
import { pollTrigger, readPollAnswer } from "./read-poll-answer";

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
/** A session that answers every request with `response` and records what was asked. */
const sessionAnswering = (response: ConnectorResponse, asked: unknown[] = []): ConnectorSession => ({
  request: async (request) => {
    asked.push(request);
    return response;
  },
  paginate: () => {
    throw new Error("not used");
  },
  connectionValues: () => ({ connectionString: "postgres://db.example/app" }),
  resolveDestination: async () => ({ address: "203.0.113.7", family: 4 }),
});

describe("pollTrigger / readPollAnswer", () => {
  it("hands the cursor to `items`, parses each item, keys it by the SHA-256 of its dedupe key (once per key)", async () => {
    const read = await pollTrigger(connector, recent, sessionAnswering(answer([{ id: "a", at: 1 }, { id: "b", at: 2, extra: true }, { id: "b", at: 2 }, { id: "c", at: 3 }])), "2", undefined);
    expect(seenCursors.at(-1)).toBe("2");
    expect(read.items).toEqual([
      { key: pollItemKey("b"), payload: { id: "b", at: 2 } },
      { key: pollItemKey("c"), payload: { id: "c", at: 3 } },
    ]);
    expect(pollItemKey("b")).toMatch(/^[0-9a-f]{64}$/);
    expect(read.nextCursor).toBe("3");
  });

  it("keeps the previous cursor when the trigger gives none", () => {
    expect(readPollAnswer(connector, recent, [], "7")).toEqual({ items: [], nextCursor: "7" });
  });

  it("fails with a message naming the item and the problem when the answer is not in the trigger's shape", async () => {
    expect(() => readPollAnswer(connector, recent, [{ id: "a", at: "soon" }], undefined)).toThrow(
      new ConnectorActionError('Demo answered, but item 1 is not in the shape "demo.recent" expects (at: Invalid input: expected number, received string). The API may have changed; check the connector.'),
    );
    const throwing: PollingTrigger = { ...recent, items: () => z.array(z.string()).parse([1]) };
    await expect(pollTrigger(connector, throwing, sessionAnswering(answer([])), undefined, undefined)).rejects.toThrow(/^Demo answered, but the "Recent" trigger could not read the answer \(0: Invalid input/);
  });

  it("gives the node's input, parsed, to the trigger's request; input the trigger no longer accepts fails the poll clearly", async () => {
    const sheet = defineTrigger({
      ...recent,
      input: z.object({ sheet: z.string().min(1), limit: z.number().default(10) }),
      request: (cursor, input) => ({ method: "GET", path: `/sheets/${String(input.sheet)}`, query: { after: cursor, limit: Number(input.limit) } }),
    });
    const asked: unknown[] = [];
    await pollTrigger(connector, sheet, sessionAnswering(answer([]), asked), "5", { sheet: "Orders" });
    expect(asked).toEqual([{ method: "GET", path: "/sheets/Orders", query: { after: "5", limit: 10 } }]);
    await expect(pollTrigger(connector, sheet, sessionAnswering(answer([])), undefined, { sheet: "" })).rejects.toThrow(
      'The "Recent" trigger of Demo needs other settings now (sheet: Too small: expected string to have >=1 characters); fix the trigger\'s input and publish the workflow again.',
    );
  });

  it("a trigger with its own poll (another protocol) gets the cursor, its input and the session's tools", async () => {
    const rows = defineTrigger({
      kind: "polling",
      id: "new_row",
      name: "New row",
      description: "",
      intervalMs: 60_000,
      input: z.object({ table: z.string() }),
      output: z.object({ id: z.number() }),
      poll: async (cursor, input, tools) => {
        const { address } = await tools.resolveDestination("db.example");
        expect([address, tools.connectionValues().connectionString, input.table]).toEqual(["203.0.113.7", "postgres://db.example/app", "orders"]);
        return { items: [{ id: Number(cursor ?? 0) + 1 }, { id: Number(cursor ?? 0) + 2 }], nextCursor: String(Number(cursor ?? 0) + 2) };
      },
      dedupeKey: (item) => String((item as { id: number }).id),
    });
    const read = await pollTrigger(connector, rows, sessionAnswering(answer(null)), "4", { table: "orders" });
    expect(read).toEqual({ items: [{ key: pollItemKey("5"), payload: { id: 5 } }, { key: pollItemKey("6"), payload: { id: 6 } }], nextCursor: "6" });
  });
});
