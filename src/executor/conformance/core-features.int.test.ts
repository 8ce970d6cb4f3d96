import { NonRetriableError, RetryAfterError } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { startHarness, waitFor, type Harness } from "./harness";

const db = freshTestDatabase();
const counts = new Map<string, number>();
const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
const count = (key: string) => counts.get(key) ?? 0;
const attemptTimes: number[] = [];
const failures: { message: string; originalRunId: string }[] = [];

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ db, clientId: "conformance" }, (inngest) => {
    const child = inngest.createFunction({ id: "child", triggers: [{ event: "test/child-direct" }] }, async ({ event }) => {
      if (event.data.explode) throw new NonRetriableError("child exploded");
      return { doubled: Number(event.data.x) * 10 };
    });
    return [
      inngest.createFunction({ id: "if-trigger", triggers: [{ event: "test/if", if: "event.data.go == true" }] }, async ({ event }) => event.data.n),
      inngest.createFunction({ id: "memo", triggers: [{ event: "test/memo" }] }, async ({ step }) => {
        const a = await step.run("a", () => (bump("memo.a"), 1));
        const b = await step.run("b", () => (bump("memo.b"), a + 1));
        const c = await step.run("c", () => (bump("memo.c"), b + 1));
        return a + b + c;
      }),
      inngest.createFunction({ id: "parallel", triggers: [{ event: "test/parallel" }] }, async ({ step }) => {
        const results = await Promise.all([
          step.run("p", () => (bump("parallel.p"), "p0")),
          step.run("p", () => (bump("parallel.p"), "p1")),
          step.run("q", () => (bump("parallel.q"), "q")),
        ]);
        const after = await step.run("after", () => (bump("parallel.after"), results.join(",")));
        return after;
      }),
      inngest.createFunction({ id: "sleeper", triggers: [{ event: "test/sleep" }] }, async ({ step }) => {
        const before = await step.run("before", () => Date.now());
        await step.sleep("nap", "5s");
        await step.sleepUntil("until", new Date(Date.now() + 3_000));
        const after = await step.run("after", () => (bump("sleeper.after"), Date.now()));
        return after - before;
      }),
      inngest.createFunction({ id: "waiter", triggers: [{ event: "test/wait" }] }, async ({ event, step }) => {
        const approval = await step.waitForEvent("approval", { event: "test/approve", match: "data.id", timeout: "1h" });
        return { approvedBy: approval?.data.by ?? null, id: event.data.id };
      }),
      inngest.createFunction({ id: "wait-timeout", triggers: [{ event: "test/wait-timeout" }] }, async ({ step }) => {
        const never = await step.waitForEvent("never", { event: "test/never", timeout: "2s" });
        return { timedOut: never === null };
      }),
      inngest.createFunction({ id: "sender", triggers: [{ event: "test/send" }] }, async ({ event, step }) => {
        await step.sendEvent("emit", { name: "test/sent", data: { v: event.data.v } });
        return "sent";
      }),
      inngest.createFunction({ id: "receiver", triggers: [{ event: "test/sent" }] }, async ({ event }) => ({ received: event.data.v })),
      child,
      inngest.createFunction({ id: "invoker", triggers: [{ event: "test/invoke" }] }, async ({ event, step }) => {
        try {
          const result = await step.invoke("call-child", { function: child, data: { x: event.data.x, explode: event.data.explode } });
          return { ok: result };
        } catch (error) {
          return { failed: error instanceof Error ? error.message : String(error) };
        }
      }),
      inngest.createFunction({ id: "flaky", retries: 3, triggers: [{ event: "test/flaky" }] }, async ({ step, attempt }) => {
        return step.run("unstable", () => {
          bump("flaky.calls");
          if (count("flaky.calls") < 3) throw new Error(`boom on attempt ${attempt}`);
          return `ok after ${count("flaky.calls")}`;
        });
      }),
      inngest.createFunction({ id: "retry-after", retries: 2, triggers: [{ event: "test/retry-after" }] }, async ({ step }) => {
        return step.run("limited", () => {
          attemptTimes.push(Date.now());
          if (attemptTimes.length === 1) throw new RetryAfterError("rate limited", "120s");
          return "done";
        });
      }),
      inngest.createFunction({ id: "non-retriable", retries: 3, triggers: [{ event: "test/non-retriable" }] }, async ({ step }) => {
        await step.run("fatal", () => {
          bump("non-retriable.calls");
          throw new NonRetriableError("give up now");
        });
      }),
      inngest.createFunction(
        {
          id: "fails",
          retries: 0,
          triggers: [{ event: "test/fails" }],
          onFailure: async ({ error, event }: { error: Error; event: { data: { run_id: string } } }) => {
            failures.push({ message: error.message, originalRunId: String(event.data.run_id) });
          },
        },
        async () => {
          throw new Error("it broke");
        },
      ),
      inngest.createFunction({ id: "function-throws", retries: 1, triggers: [{ event: "test/function-throws" }] }, async () => {
        bump("function-throws.calls");
        throw new Error("always");
      }),
    ];
  });
}, 30_000);

afterAll(() => h?.stop());

const fnId = (id: string) => `conformance-${id}`;

async function finishedRun(functionId: string, timeoutMs = 10_000) {
  return waitFor(async () => {
    const [run] = await h.executor.listRuns(fnId(functionId));
    return run && ["completed", "failed"].includes(run.status) ? run : undefined;
  }, timeoutMs, `a finished run of ${functionId}`);
}

describe("embedded executor conformance", () => {
  it("starts only runs whose `if` expression holds (a missing field counts as false)", async () => {
    await h.executor.sendEvents([
      { name: "test/if", data: { go: false, n: 1 } },
      { name: "test/if", data: { n: 3 } },
      { name: "test/if", data: { go: true, n: 2 } },
    ]);
    const run = await finishedRun("if-trigger");
    expect(run.output).toBe(2);
    expect(await h.executor.listRuns(fnId("if-trigger"))).toHaveLength(1);
  });

  it("memoizes step.run: each step runs exactly once across the calls", async () => {
    await h.inngest.send({ name: "test/memo", data: {} });
    const run = await finishedRun("memo");
    expect(run).toMatchObject({ status: "completed", output: 6 });
    expect([count("memo.a"), count("memo.b"), count("memo.c")]).toEqual([1, 1, 1]);
  });

  it("runs parallel steps (repeated ids included) once each", async () => {
    await h.inngest.send({ name: "test/parallel", data: {} });
    const run = await finishedRun("parallel");
    expect(run).toMatchObject({ status: "completed", output: "p0,p1,q" });
    expect([count("parallel.p"), count("parallel.q"), count("parallel.after")]).toEqual([2, 1, 1]);
  });

  it("sleeps (step.sleep and step.sleepUntil) and resumes", async () => {
    await h.inngest.send({ name: "test/sleep", data: {} });
    const run = await finishedRun("sleeper");
    expect(run.status).toBe("completed");
    expect(run.output).toBeGreaterThanOrEqual(40);
    expect(count("sleeper.after")).toBe(1);
  });

  it("resumes waitForEvent with the matching event only", async () => {
    await h.inngest.send({ name: "test/wait", data: { id: "order-1" } });
    await waitFor(async () => (await h.executor.listRuns(fnId("waiter")))[0]?.status === "waiting", 10_000, "the waiter to wait");
    await h.inngest.send({ name: "test/approve", data: { id: "order-2", by: "mallory" } });
    await h.inngest.send({ name: "test/approve", data: { id: "order-1", by: "alice" } });
    const run = await finishedRun("waiter");
    expect(run.output).toEqual({ approvedBy: "alice", id: "order-1" });
  });

  it("returns null from waitForEvent on timeout", async () => {
    await h.inngest.send({ name: "test/wait-timeout", data: {} });
    expect((await finishedRun("wait-timeout")).output).toEqual({ timedOut: true });
  });

  it("step.sendEvent triggers another function", async () => {
    await h.inngest.send({ name: "test/send", data: { v: 42 } });
    expect((await finishedRun("sender")).output).toBe("sent");
    expect((await finishedRun("receiver")).output).toEqual({ received: 42 });
  });

  it("step.invoke returns the child's result, or throws its error", async () => {
    await h.inngest.send({ name: "test/invoke", data: { x: 4 } });
    expect((await finishedRun("invoker")).output).toEqual({ ok: { doubled: 40 } });
    await h.inngest.send({ name: "test/invoke", data: { x: 1, explode: true } });
    const failed = await waitFor(async () => (await h.executor.listRuns(fnId("invoker"))).find((run) => run.status === "completed" && run.output !== null && typeof run.output === "object" && "failed" in run.output));
    expect(failed.output).toEqual({ failed: "child exploded" });
  });

  it("retries a failing step on the backoff table until it succeeds", async () => {
    await h.inngest.send({ name: "test/flaky", data: {} });
    const run = await finishedRun("flaky");
    expect(run).toMatchObject({ status: "completed", output: "ok after 3" });
    expect(count("flaky.calls")).toBe(3);
  });

  it("honours RetryAfterError's delay", async () => {
    await h.inngest.send({ name: "test/retry-after", data: {} });
    const run = await finishedRun("retry-after");
    expect(run.status).toBe("completed");
    expect(attemptTimes).toHaveLength(2);
    // 120 s at the test delay scale is 1.2 s; the plain backoff would be 0.15–0.45 s.
    expect((attemptTimes[1] ?? 0) - (attemptTimes[0] ?? 0)).toBeGreaterThanOrEqual(1_150);
  });

  it("fails at once on NonRetriableError", async () => {
    await h.inngest.send({ name: "test/non-retriable", data: {} });
    const run = await finishedRun("non-retriable");
    expect(run.status).toBe("failed");
    expect(run.error).toMatchObject({ message: "give up now" });
    expect(count("non-retriable.calls")).toBe(1);
  });

  it("retries a throwing function body retries+1 times, then fails", async () => {
    await h.inngest.send({ name: "test/function-throws", data: {} });
    const run = await finishedRun("function-throws");
    expect(run.status).toBe("failed");
    expect(count("function-throws.calls")).toBe(2);
  });

  it("calls onFailure with the failure", async () => {
    await h.inngest.send({ name: "test/fails", data: {} });
    const run = await finishedRun("fails");
    expect(run.status).toBe("failed");
    await waitFor(() => failures.length > 0, 10_000, "the onFailure handler");
    expect(failures).toEqual([{ message: "it broke", originalRunId: run.id }]);
    expect((await finishedRun("fails-failure")).status).toBe("completed");
  });
});
