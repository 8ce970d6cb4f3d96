import { claimJob } from "./claim-job";
import { claimPlainCall } from "./claim-plain-call";
import type { EngineContext } from "./context";
import { executeJob } from "./execute-job";

/**
 * Wake-ups for idle workers: `wait(ms)` resolves after ms, or when a `wake()` reaches it. One `wake()` rouses one
 * waiter (or the next one to wait, if none is waiting): a commit that made one job due must not send every idle
 * worker to the database. A worker that finds work passes the wake-up on, so a burst still fans out to all of them.
 */
export class Waker {
  private waiters: (() => void)[] = [];
  private pending = false;
  private closed = false;

  wake(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.pending = true;
  }

  /** Rouses every waiter and makes later waits return at once (the pool is stopping). */
  close(): void {
    this.closed = true;
    const waiting = this.waiters;
    this.waiters = [];
    for (const resolve of waiting) resolve();
  }

  wait(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== done);
        resolve();
      }, ms);
      this.waiters.push(done);
    });
  }
}

/** `concurrency` worker loops taking jobs until stopped; `stop()` lets in-flight calls finish. */
export function startWorkerPool(ctx: EngineContext, waker: Waker, options: { concurrency: number; pollIntervalMs: number }) {
  let running = true;
  const loop = async () => {
    while (running) {
      try {
        const claimed = (await claimPlainCall(ctx)) ?? (await claimJob(ctx));
        if (claimed === "idle") {
          await waker.wait(options.pollIntervalMs);
        } else {
          // There may be more due work: rouse one more worker before settling into this job.
          waker.wake();
          if (claimed !== "handled") await executeJob(ctx, claimed);
        }
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
      waker.close();
      await Promise.all(loops);
    },
  };
}
