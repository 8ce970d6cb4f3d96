export { createEmbeddedExecutor, type EmbeddedExecutor, type EmbeddedExecutorOptions, type ExecutorRun } from "./create-embedded-executor";
export { SUPPORTED_FUNCTION_OPTIONS, SUPPORTED_STEP_TOOLS, UNSUPPORTED_FUNCTION_OPTIONS } from "./config/options";
export type { ExecutorLogger, RunEvent } from "./engine/run-events";
export type { IncomingEvent } from "./engine/ingest-events";
export type { ExecutorDb } from "./storage/database";
export * as executorSchema from "./storage/schema";
export type { Dispatch } from "./engine/call-sdk";
