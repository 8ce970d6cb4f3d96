import { z } from "zod";
import type { Json, StoredTrigger } from "../storage/schema";
import { UNSUPPORTED_FUNCTION_OPTIONS } from "./options";

export const DEFAULT_RETRIES = 4;

const jsonValue: z.ZodType<Json> = z.lazy(() => z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(jsonValue), z.record(z.string(), jsonValue)]));

const triggerSchema = z.union([
  z.object({ event: z.string().min(1), expression: z.string().optional() }),
  z.object({ cron: z.string().min(1), jitter: z.string().optional() }),
]);

const functionSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().optional(),
    triggers: z.array(triggerSchema).default([]),
    steps: z.record(
      z.string(),
      z.object({
        runtime: z.object({ type: z.string().optional(), url: z.string().url() }),
        retries: z.object({ attempts: z.number().int().min(0).max(20) }).optional(),
      }),
    ),
    idempotency: z.string().optional(),
    concurrency: jsonValue.optional(),
    throttle: jsonValue.optional(),
  })
  .passthrough();

export const registerBodySchema = z.object({
  url: z.string().url(),
  appName: z.string().min(1),
  functions: z.array(z.record(z.string(), z.unknown())),
});

export interface FunctionConfig {
  id: string;
  name: string;
  callUrl: string;
  triggers: StoredTrigger[];
  retries: number;
  idempotency: string | null;
  concurrency: Json;
  throttle: Json;
}

/** Validates one function of a sync payload; returns the problems (unsupported options, bad shapes) instead of throwing. */
export function parseFunctionConfig(raw: Record<string, unknown>): { config?: FunctionConfig; problems: string[] } {
  const id = typeof raw.id === "string" ? raw.id : "(no id)";
  const problems = Object.entries(UNSUPPORTED_FUNCTION_OPTIONS)
    .filter(([key]) => raw[key] !== undefined && raw[key] !== null)
    .map(([, option]) => `function "${id}" uses "${option}", which the embedded executor does not support`);
  const parsed = functionSchema.safeParse(raw);
  if (!parsed.success) return { problems: [...problems, `function "${id}" has an invalid configuration: ${parsed.error.message}`] };
  const fn = parsed.data;
  const step = fn.steps.step;
  if (!step) return { problems: [...problems, `function "${id}" has no "step" runtime`] };
  if (step.runtime.type && step.runtime.type !== "http") problems.push(`function "${id}" uses the "${step.runtime.type}" runtime; only "http" is supported`);
  if (problems.length > 0) return { problems };
  return {
    problems,
    config: {
      id: fn.id,
      name: fn.name ?? fn.id,
      callUrl: step.runtime.url,
      triggers: fn.triggers.map((trigger) => ("cron" in trigger ? { cron: trigger.cron } : { event: trigger.event, expression: trigger.expression })),
      retries: step.retries?.attempts ?? DEFAULT_RETRIES,
      idempotency: fn.idempotency ?? null,
      concurrency: fn.concurrency ?? null,
      throttle: fn.throttle ?? null,
    },
  };
}
