import { and, eq, notInArray } from "drizzle-orm";
import { flowControlProblems } from "../config/flow-control";
import { parseFunctionConfig, registerBodySchema, type FunctionConfig } from "../config/function-config";
import { executorApps, executorFunctions } from "../storage/schema";
import { inTransaction, type EngineContext } from "./context";

export type RegisterOutcome = { ok: true; functionIds: string[] } | { ok: false; error: string };

/** Handles the SDK's sync payload (`POST /fn/register`): validates every function, refusing unsupported options, then stores them. */
export async function registerApp(ctx: EngineContext, body: unknown): Promise<RegisterOutcome> {
  const parsed = registerBodySchema.safeParse(body);
  if (!parsed.success) return { ok: false, error: `Invalid register payload: ${parsed.error.message}` };
  const configs: FunctionConfig[] = [];
  const problems: string[] = [];
  for (const raw of parsed.data.functions) {
    const result = parseFunctionConfig(raw);
    problems.push(...result.problems);
    if (result.config) {
      problems.push(...flowControlProblems(result.config.id, result.config.concurrency, result.config.throttle));
      configs.push(result.config);
    }
  }
  if (problems.length > 0) {
    const error = `Embedded executor refused to sync app "${parsed.data.appName}": ${problems.join("; ")}`;
    ctx.logger.error(error);
    return { ok: false, error };
  }
  const appUrl = parsed.data.url;
  await inTransaction(ctx, async ({ q }) => {
    const now = ctx.clock.now();
    await q
      .insert(executorApps)
      .values({ url: appUrl, appName: parsed.data.appName, syncedAt: now })
      .onConflictDoUpdate({ target: executorApps.url, set: { appName: parsed.data.appName, syncedAt: now } });
    const ids = configs.map((config) => config.id);
    await q.delete(executorFunctions).where(ids.length > 0 ? and(eq(executorFunctions.appUrl, appUrl), notInArray(executorFunctions.id, ids)) : eq(executorFunctions.appUrl, appUrl));
    for (const config of configs) {
      const values = { ...config, appUrl, updatedAt: now };
      await q.insert(executorFunctions).values(values).onConflictDoUpdate({ target: executorFunctions.id, set: values });
    }
  });
  ctx.functions.clear();
  ctx.logger.info("app synced", { appUrl, functions: configs.map((config) => config.id) });
  return { ok: true, functionIds: configs.map((config) => config.id) };
}
