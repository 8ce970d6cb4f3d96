import { z } from "zod";

export const RETRY_PRESET_NAMES = ["aggressive", "standard", "conservative", "no_retry"] as const;
export type RetryPresetName = (typeof RETRY_PRESET_NAMES)[number];

export const CustomRetryPolicySchema = z
  .object({
    /** Total attempts, the first one included. */
    attempts: z.number().int().min(1).max(20),
    baseDelayMs: z.number().int().min(0).max(3_600_000),
    maxDelayMs: z.number().int().min(0).max(86_400_000),
  })
  .refine((policy) => policy.maxDelayMs >= policy.baseDelayMs, {
    message: "maxDelayMs must be at least baseDelayMs.",
    path: ["maxDelayMs"],
  });
export type CustomRetryPolicy = z.infer<typeof CustomRetryPolicySchema>;

export const RetryPolicySchema = z.union([z.enum(RETRY_PRESET_NAMES), CustomRetryPolicySchema]);
export type RetryPolicy = z.infer<typeof RetryPolicySchema>;

/**
 * The presets. The wait before retry n (1-based) is uniform in [0, min(maxDelayMs, baseDelayMs × 2^(n-1))).
 * - aggressive: cheap, idempotent calls against flaky APIs; 8 attempts, waits capped at
 *   0.25, 0.5, 1, 2, 4, 8, 16 s (at most about 32 s in all).
 * - standard (default): 5 attempts, waits capped at 2, 4, 8, 16 s (at most 30 s), about what
 *   Inngest's own 4 retries give.
 * - conservative: calls that must not hammer a struggling API; 4 attempts, waits capped at
 *   30 s, 1 min, 2 min (at most 3.5 min).
 * - no_retry: calls that are not safe to repeat (payments, sent messages); one attempt.
 */
export const RETRY_PRESETS: Record<RetryPresetName, CustomRetryPolicy> = {
  aggressive: { attempts: 8, baseDelayMs: 250, maxDelayMs: 30_000 },
  standard: { attempts: 5, baseDelayMs: 2_000, maxDelayMs: 60_000 },
  conservative: { attempts: 4, baseDelayMs: 30_000, maxDelayMs: 600_000 },
  no_retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
};

export const DEFAULT_RETRY_POLICY: RetryPresetName = "standard";

export function resolveRetryPolicy(policy: RetryPolicy = DEFAULT_RETRY_POLICY): CustomRetryPolicy {
  return typeof policy === "string" ? RETRY_PRESETS[policy] : policy;
}

/** Whether the attempt that just failed (0 for the first) may be followed by another one. */
export function shouldRetry(policy: RetryPolicy | undefined, attempt: number): boolean {
  return attempt + 1 < resolveRetryPolicy(policy).attempts;
}

export interface RetryDelayOptions {
  /** A number in [0, 1); Math.random by default. */
  random?: () => number;
  /** The server's Retry-After (from a 429 or 503), which wins over the computed backoff. */
  retryAfterMs?: number;
}

/**
 * How long to wait after the failed attempt `attempt` (0-based) before the next one: exponential
 * backoff with full jitter, uniformly in [0, min(maxDelayMs, baseDelayMs × 2^attempt)), so many
 * runs failing together do not retry in lockstep. A Retry-After from the server is used as given.
 */
export function retryDelayMs(
  policy: RetryPolicy | undefined,
  attempt: number,
  options: RetryDelayOptions | (() => number) = {},
): number {
  const { random = Math.random, retryAfterMs } = typeof options === "function" ? { random: options } : options;
  if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs)) return Math.max(0, Math.ceil(retryAfterMs));
  const { baseDelayMs, maxDelayMs } = resolveRetryPolicy(policy);
  // Clamp the exponent so 2^attempt cannot overflow to Infinity for absurd attempt numbers.
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(Math.max(attempt, 0), 30));
  return Math.floor(random() * ceiling);
}
