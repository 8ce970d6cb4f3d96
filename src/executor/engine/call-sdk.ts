import { z } from "zod";
import type { Json, StepOutcome } from "../storage/schema";
import { parseRetryAfter } from "../timing/durations";

export const opSchema = z
  .object({
    op: z.string(),
    id: z.string(),
    name: z.string().optional(),
    displayName: z.string().optional(),
    data: z.unknown().optional(),
    error: z.unknown().optional(),
    opts: z.record(z.string(), z.unknown()).optional(),
  })
  .passthrough();

export type Op = z.infer<typeof opSchema>;

export type CallResult =
  | { kind: "finished"; output: Json }
  | { kind: "ops"; ops: Op[]; noRetry: boolean; retryAfterMs: number | null }
  | { kind: "error"; retriable: boolean; error: Json; retryAfterMs: number | null }
  /** No HTTP response at all (the app is down or restarting): not the function's failure, so not an attempt. */
  | { kind: "unreachable"; error: Json };

export interface CallRequest {
  callUrl: string;
  fnId: string;
  stepId: string;
  runId: string;
  event: Json;
  events: Json[];
  steps: Record<string, StepOutcome>;
  stack: string[];
  attempt: number;
  maxAttempts: number;
  disableImmediateExecution: boolean;
  timeoutMs: number;
  now: Date;
  dispatch: Dispatch;
}

/**
 * Delivers one call request and returns the SDK's response: `fetch` over HTTP by default; a host app that serves
 * its functions in the same process may hand the Request straight to its `serve()` handler instead.
 */
export type Dispatch = (url: URL, init: RequestInit & { signal: AbortSignal }) => Promise<Response>;

export const fetchDispatch: Dispatch = (url, init) => fetch(url, init);

class CallTimeoutError extends Error {}

function isTimeout(error: unknown): boolean {
  return error instanceof CallTimeoutError || (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"));
}

/** An in-process handler does not see the abort signal, so the timeout is enforced here as well. */
function withTimeout<T>(promise: Promise<T>, ms: number, url: URL): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CallTimeoutError(`no response from ${url.origin} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** One call request to the app's `serve()` handler (INNGEST_PROTOCOL.md "Call request"), without `ctx.fn_id`. */
export async function callSdk(request: CallRequest): Promise<CallResult> {
  const url = new URL(request.callUrl);
  url.searchParams.set("fnId", request.fnId);
  url.searchParams.set("stepId", request.stepId);
  const body = {
    event: request.event,
    events: request.events,
    steps: request.steps,
    ctx: {
      run_id: request.runId,
      attempt: request.attempt,
      max_attempts: request.maxAttempts,
      disable_immediate_execution: request.disableImmediateExecution,
      use_api: false,
      stack: { stack: request.stack, current: Math.max(0, request.stack.length - 1) },
    },
    version: 2,
  };
  let response: Response;
  let text: string;
  try {
    const init = {
      method: "POST",
      headers: { "content-type": "application/json", "x-inngest-server-kind": "dev" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(request.timeoutMs),
    };
    response = await withTimeout(request.dispatch(url, init), request.timeoutMs, url);
    text = await response.text();
  } catch (error) {
    // A call that outlived its timeout was answered too slowly: that counts as a failed attempt. Anything else
    // thrown before a response (refused, reset, DNS) means the app is not there right now.
    if (isTimeout(error)) {
      return { kind: "error", retriable: true, error: { name: "Error", message: `No response from ${url.origin} within ${request.timeoutMs} ms` }, retryAfterMs: null };
    }
    return { kind: "unreachable", error: { name: "Error", message: `Could not reach ${url.origin}: ${String(error)}` } };
  }
  const payload = parseJson(text);
  const noRetry = response.headers.get("x-inngest-no-retry") === "true";
  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), request.now);
  if (response.status === 200) return { kind: "finished", output: payload };
  if (response.status === 206) {
    const ops = z.array(opSchema).safeParse(payload);
    if (ops.success) return { kind: "ops", ops: ops.data, noRetry, retryAfterMs };
    return { kind: "error", retriable: true, error: { name: "Error", message: `Unreadable 206 response: ${text.slice(0, 500)}` }, retryAfterMs };
  }
  const retriable = !noRetry && (response.status >= 500 || response.status === 429 || (response.status >= 400 && response.headers.get("x-inngest-no-retry") === "false"));
  return { kind: "error", retriable, error: errorBody(payload, response.status), retryAfterMs };
}

function parseJson(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}

function errorBody(payload: Json, status: number): Json {
  if (payload !== null && typeof payload === "object" && !Array.isArray(payload)) return payload;
  return { name: "Error", message: `HTTP ${status}: ${typeof payload === "string" ? payload.slice(0, 500) : JSON.stringify(payload)}` };
}
