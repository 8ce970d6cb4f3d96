import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest } from "inngest";
import { serve } from "inngest/node";
import { afterAll, expect, it } from "vitest";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { createEmbeddedExecutor } from "../index";
import { silentLogger, TEST_DELAY_SCALE, waitFor } from "./harness";

const db = freshTestDatabase();
const executor = createEmbeddedExecutor({ db, pollIntervalMs: 20, delayScale: TEST_DELAY_SCALE, logger: silentLogger });
afterAll(() => executor.stop());

it("a call the app does not answer at all (down, restarting) is retried without spending an attempt", async () => {
  await executor.start();
  process.env.INNGEST_DEV = "1";
  process.env.INNGEST_BASE_URL = executor.url;
  const inngest = new Inngest({ id: "unreachable", logger: silentLogger });
  // No retries at all: if being unreachable counted as an attempt, the run would fail.
  const fn = inngest.createFunction({ id: "once", retries: 0, triggers: [{ event: "test/unreachable" }] }, async ({ step }) => step.run("work", () => "done"));
  const handler = serve({ client: inngest, functions: [fn] });
  const first = createServer(handler);
  await new Promise<void>((resolve) => first.listen(0, "127.0.0.1", resolve));
  const { port } = first.address() as AddressInfo;
  await executor.syncApp(`http://127.0.0.1:${port}/api/inngest`);
  first.closeAllConnections();
  await new Promise<void>((resolve) => first.close(() => resolve()));

  await inngest.send({ name: "test/unreachable", data: {} });
  // Several retries go unanswered (one every 10 ms at this delay scale) before the app comes back on the same port.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const [waiting] = await executor.listRuns("unreachable-once");
  expect(waiting?.status).not.toBe("failed");

  const second = createServer(handler);
  await new Promise<void>((resolve) => second.listen(port, "127.0.0.1", resolve));
  try {
    const run = await waitFor(async () => {
      const [current] = await executor.listRuns("unreachable-once");
      return current && ["completed", "failed"].includes(current.status) ? current : undefined;
    }, 10_000, "the run to end");
    expect(run).toMatchObject({ status: "completed", output: "done" });
  } finally {
    second.closeAllConnections();
    await new Promise<void>((resolve) => second.close(() => resolve()));
  }
});
