import { claimJob } from "./claim-job";
import type { EngineContext } from "./context";
import { executeJob } from "./execute-job";

/** A wake-up signal: `wait(ms)` resolves after ms, or as soon as `wake()` is called. */
export class Waker {
  private waiters = new Set<() => void>();
  private pending = false;

  wake(): void {
    this.pending = true;
    for (const resolve of this.waiters) resolve();
    this.waiters.clear();
  }

  wait(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        this.pending = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
    });
  }
}

/** `concurrency` worker loops taking jobs until stopped; `stop()` lets in-flight calls finish. */
export function startWorkerPool(ctx: EngineContext, waker: Waker, options: { concurrency: number; pollIntervalMs: number }) {
  let running = true;
  const loop = async () => {
    while (running) {
      try {
        const claimed = await claimJob(ctx);
        if (claimed === "idle") await waker.wait(options.pollIntervalMs);
        else if (claimed !== "handled") await executeJob(ctx, claimed);
        // PGlite answers within microtasks; yield so timers and HTTP handlers are never starved.
        await new Promise((resolve) => setImmediate(resolve));
      } catch (error) {
        if (!running) break;
        ctx.logger.error("worker error", { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
        await waker.wait(options.pollIntervalMs);
      }
    }
  };
  const loops = Array.from({ length: Math.max(1, options.concurrency) }, () => loop());
  return {
    async stop() {
      running = false;
      waker.wake();
      for (let i = 0; i < loops.length; i++) waker.wake();
      await Promise.all(loops);
    },
  };
}
