/** Function options the embedded executor honours. */
export const SUPPORTED_FUNCTION_OPTIONS = ["triggers (event + if, cron)", "retries", "onFailure", "idempotency", "concurrency", "throttle"] as const;

/** Registration keys (as the SDK sends them) the executor refuses rather than silently ignoring. */
export const UNSUPPORTED_FUNCTION_OPTIONS = {
  debounce: "debounce",
  batchEvents: "batchEvents",
  rateLimit: "rateLimit",
  priority: "priority",
  cancel: "cancelOn",
  singleton: "singleton",
  timeouts: "timeouts",
} as const;

/** Step tools the executor supports (anything else the SDK reports fails the run with a clear error). */
export const SUPPORTED_STEP_TOOLS = ["step.run", "step.sleep", "step.sleepUntil", "step.waitForEvent", "step.sendEvent", "step.invoke"] as const;
