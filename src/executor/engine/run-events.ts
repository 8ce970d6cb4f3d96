import type { Json } from "../storage/schema";

/** Lifecycle notifications for the host app (e.g. to write its own run logs). Emitted after the change is committed. */
export type RunEvent =
  | { type: "run.started"; runId: string; functionId: string }
  | { type: "step.started"; runId: string; functionId: string; stepId: string }
  | { type: "step.finished"; runId: string; functionId: string; stepId: string; outcome: "data" | "error" }
  | { type: "step.failed"; runId: string; functionId: string; stepId: string; error: Json; retryAt: Date | null }
  | { type: "run.suspended"; runId: string; functionId: string; reason: "sleep" | "waitForEvent" | "invoke" }
  | { type: "run.completed"; runId: string; functionId: string; output: Json }
  | { type: "run.failed"; runId: string; functionId: string; error: Json };

export interface ExecutorLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const consoleLogger: ExecutorLogger = {
  info: () => {},
  warn: (message, fields) => console.warn(`[executor] ${message}`, fields ?? ""),
  error: (message, fields) => console.error(`[executor] ${message}`, fields ?? ""),
};
