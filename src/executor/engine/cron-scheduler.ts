import { Cron } from "croner";
import { lt } from "drizzle-orm";
import { executorCronFires } from "../storage/schema";
import { inTransaction, type EngineContext } from "./context";
import { createRun } from "./create-run";
import { findFunction } from "./functions";
import { sweepExpired } from "./housekeeping";

const FIRE_RECORD_TTL_MS = 2 * 24 * 60 * 60 * 1000;
/** How often expired rows (cron fire records, old events, keys and runs) are swept. */
const SWEEP_EVERY_MS = 60_000;

/** A cron trigger as Inngest writes it, optionally prefixed with `TZ=Zone/Name `. */
export function parseCron(spec: string): Cron {
  const match = /^(?:TZ|CRON_TZ)=(\S+)\s+(.+)$/.exec(spec.trim());
  return new Cron(match?.[2] ?? spec, { paused: true, timezone: match?.[1] ?? "UTC" });
}

/**
 * Fires cron triggers. Each (function, cron, slot) fires once even across restarts or several processes: the slot is
 * claimed by inserting into `executor_cron_fires` in the transaction that creates the run. Slots missed while no
 * executor was running are not back-filled (as Inngest).
 */
export function startCronScheduler(ctx: EngineContext, tickMs: number) {
  const cursors = new Map<string, Date>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> = Promise.resolve();
  let lastSweep = 0;

  const tick = async () => {
    const now = ctx.clock.now();
    const seen = new Set<string>();
    for (const fn of await ctx.functions.all(ctx.db)) {
      for (const trigger of fn.triggers) {
        if (!trigger.cron) continue;
        const cursorKey = `${fn.id}\u0000${trigger.cron}`;
        seen.add(cursorKey);
        const cron = parseCron(trigger.cron);
        let cursor = cursors.get(cursorKey) ?? now;
        for (let slot = cron.nextRun(cursor); slot && slot <= now; slot = cron.nextRun(cursor)) {
          await fireSlot(ctx, fn.id, trigger.cron, slot);
          cursor = slot;
        }
        cursors.set(cursorKey, cursor);
      }
    }
    for (const key of cursors.keys()) if (!seen.has(key)) cursors.delete(key);
    if (now.getTime() - lastSweep >= SWEEP_EVERY_MS) {
      lastSweep = now.getTime();
      await ctx.db.delete(executorCronFires).where(lt(executorCronFires.slot, new Date(now.getTime() - FIRE_RECORD_TTL_MS)));
      const swept = await sweepExpired(ctx);
      if (swept.events + swept.idempotencyKeys + swept.runs > 0) ctx.logger.info("expired executor rows removed", swept);
    }
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      ticking = tick()
        .catch((error: unknown) => ctx.logger.error("cron tick failed", { error: String(error) }))
        .finally(schedule);
    }, tickMs);
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await ticking;
    },
  };
}

async function fireSlot(ctx: EngineContext, functionId: string, cron: string, slot: Date): Promise<void> {
  await inTransaction(ctx, async (work) => {
    const claimed = await work.q.insert(executorCronFires).values({ functionId, cron, slot }).onConflictDoNothing().returning({ slot: executorCronFires.slot });
    if (claimed.length === 0) return;
    const fn = await findFunction(work.q, functionId);
    if (!fn) return;
    const event = {
      id: `cron:${functionId}:${slot.toISOString()}`,
      name: "inngest/scheduled.timer",
      data: { cron, scheduledAt: slot.toISOString(), fireAt: ctx.clock.now().toISOString() },
      ts: slot.getTime(),
    };
    await createRun(work, fn, event);
  });
}
