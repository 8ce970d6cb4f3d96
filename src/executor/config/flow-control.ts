import { z } from "zod";
import { evaluateKey } from "../expressions/cel";
import type { ConcurrencySlot, Json } from "../storage/schema";
import { parseDuration } from "../timing/durations";

const concurrencyEntry = z.object({ limit: z.number().int().min(0), key: z.string().optional(), scope: z.enum(["fn", "env", "account"]).optional() });
const concurrencySchema = z.union([z.number().int().min(0), concurrencyEntry, z.array(concurrencyEntry)]);
const throttleSchema = z.object({ limit: z.number().int().min(1), period: z.string(), key: z.string().optional(), burst: z.number().optional() });

/** The concurrency slots a run occupies while one of its calls is in flight (Inngest limits executing steps, not sleeping runs). */
export function concurrencySlots(functionId: string, config: Json, event: Json): ConcurrencySlot[] {
  if (config === null) return [];
  const parsed = concurrencySchema.parse(config);
  const entries = typeof parsed === "number" ? [{ limit: parsed }] : Array.isArray(parsed) ? parsed : [parsed];
  return entries
    .filter((entry) => entry.limit > 0)
    .map((entry) => {
      const scope = entry.scope ?? "fn";
      const keyValue = entry.key ? evaluateKey(entry.key, { event }) : "";
      return { key: `${scope === "fn" ? functionId : scope}|${entry.key ?? ""}|${keyValue}`, limit: entry.limit };
    });
}

export interface ThrottleRule {
  key: string;
  limit: number;
  periodMs: number;
}

/** The throttle bucket a run belongs to: at most `limit` runs of the bucket start per `period`. */
export function throttleRule(functionId: string, config: Json, event: Json): ThrottleRule | null {
  if (config === null) return null;
  const parsed = throttleSchema.parse(config);
  const periodMs = parseDuration(parsed.period);
  if (periodMs === null) throw new Error(`throttle period "${parsed.period}" of "${functionId}" is not a duration`);
  const keyValue = parsed.key ? evaluateKey(parsed.key, { event }) : "";
  return { key: `${functionId}|${parsed.key ?? ""}|${keyValue}`, limit: parsed.limit, periodMs };
}

/** Validates flow-control config at registration, so errors surface at sync time. */
export function flowControlProblems(functionId: string, concurrency: Json, throttle: Json): string[] {
  const problems: string[] = [];
  if (concurrency !== null && !concurrencySchema.safeParse(concurrency).success) problems.push(`function "${functionId}" has an invalid "concurrency"`);
  if (throttle !== null) {
    const parsed = throttleSchema.safeParse(throttle);
    if (!parsed.success || parseDuration(parsed.data.period) === null) problems.push(`function "${functionId}" has an invalid "throttle"`);
  }
  return problems;
}
