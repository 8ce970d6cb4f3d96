import { Inngest } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { UNSUPPORTED_FUNCTION_OPTIONS } from "../index";
import { serveApp, silentLogger, startHarness, waitFor, type Harness } from "./harness";

const db = freshTestDatabase();
const spans: { group: string; start: number; end: number }[] = [];
const throttledStarts: number[] = [];
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ db, clientId: "flow", cronTickMs: 100 }, (inngest) => [
    inngest.createFunction({ id: "once", triggers: [{ event: "test/once" }] }, async ({ event }) => event.data.n),
    inngest.createFunction({ id: "idempotent", idempotency: "event.data.user", triggers: [{ event: "test/idempotent" }] }, async ({ event }) => event.data.user),
    inngest.createFunction({ id: "serial", concurrency: { limit: 1, key: "event.data.group" }, triggers: [{ event: "test/serial" }] }, async ({ event, step }) => {
      await step.run("work", async () => {
        const start = Date.now();
        await new Promise((resolve) => setTimeout(resolve, 120));
        spans.push({ group: String(event.data.group), start, end: Date.now() });
      });
    }),
    inngest.createFunction({ id: "throttled", throttle: { limit: 2, period: "1s" }, triggers: [{ event: "test/throttled" }] }, async () => {
      throttledStarts.push(Date.now());
    }),
    inngest.createFunction({ id: "ticker", triggers: [{ cron: "* * * * * *" }] }, async ({ event }) => event.data.cron),
  ]);
}, 30_000);

afterAll(() => h?.stop());

const runsOf = (id: string) => h.executor.listRuns(`flow-${id}`);

describe("flow control", () => {
  it("drops an event whose id was already seen (event-id idempotency)", async () => {
    await h.inngest.send({ id: "evt-1", name: "test/once", data: { n: 1 } });
    await h.inngest.send({ id: "evt-1", name: "test/once", data: { n: 2 } });
    await waitFor(async () => (await runsOf("once"))[0]?.status === "completed");
    const runs = await runsOf("once");
    expect(runs).toHaveLength(1);
    expect(runs[0]?.output).toBe(1);
  });

  it("runs once per function idempotency key", async () => {
    await h.inngest.send([
      { name: "test/idempotent", data: { user: "ann" } },
      { name: "test/idempotent", data: { user: "ann" } },
      { name: "test/idempotent", data: { user: "bob" } },
    ]);
    await waitFor(async () => (await runsOf("idempotent")).filter((run) => run.status === "completed").length === 2);
    expect((await runsOf("idempotent")).map((run) => run.output).sort()).toEqual(["ann", "bob"]);
  });

  it("serialises runs with the same concurrency key (limit 1)", async () => {
    await h.inngest.send([1, 2, 3].map(() => ({ name: "test/serial", data: { group: "g" } })));
    await waitFor(async () => (await runsOf("serial")).filter((run) => run.status === "completed").length === 3, 15_000);
    const ordered = spans.filter((span) => span.group === "g").sort((a, b) => a.start - b.start);
    expect(ordered).toHaveLength(3);
    for (let i = 1; i < ordered.length; i++) expect(ordered[i]!.start).toBeGreaterThanOrEqual(ordered[i - 1]!.end);
  });

  it("throttles run starts (limit 2 per 1 s)", async () => {
    await h.inngest.send([1, 2, 3].map(() => ({ name: "test/throttled", data: {} })));
    await waitFor(() => throttledStarts.length === 3, 10_000);
    const starts = (await runsOf("throttled")).map((run) => run.startedAt?.getTime() ?? 0).sort((a, b) => a - b);
    expect(starts).toHaveLength(3);
    expect(starts[2]! - starts[0]!).toBeGreaterThanOrEqual(1_000);
  });

  it("fires a cron trigger with inngest/scheduled.timer, once per slot", async () => {
    const runs = await waitFor(async () => {
      const done = (await runsOf("ticker")).filter((run) => run.status === "completed");
      return done.length >= 2 ? done : undefined;
    }, 5_000);
    expect(runs[0]?.output).toBe("* * * * * *");
    expect(runs.map((run) => (run.event as { name: string }).name)).toEqual(runs.map(() => "inngest/scheduled.timer"));
    const slots = runs.map((run) => (run.event as { data: { scheduledAt: string } }).data.scheduledAt);
    expect(new Set(slots).size).toBe(slots.length);
  });

  it("refuses to sync a function with an unsupported option, naming the function and the option", async () => {
    const refused = new Inngest({ id: "refused", logger: silentLogger });
    const fn = refused.createFunction({ id: "debounced", debounce: { period: "5s" }, triggers: [{ event: "test/debounced" }] }, async () => "never");
    const { server, appUrl } = await serveApp(refused, [fn]);
    try {
      await expect(h.executor.syncApp(appUrl)).rejects.toThrow(/refused-debounced.*"debounce"/);
      expect(await h.executor.listRuns("refused-debounced")).toEqual([]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
    expect(Object.values(UNSUPPORTED_FUNCTION_OPTIONS)).toContain("debounce");
  });
});
