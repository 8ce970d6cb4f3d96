import type { ActionNode, NodeLogEntry, StepContext, WaitForEventOptions, WorkflowPorts } from "./index";

/** Test double for the durable ports: memoizes steps by id the way Inngest does, and records what ran. */
export interface FakePorts extends WorkflowPorts {
  /** Step results by step id; pass it to the next `createFakePorts` to replay. */
  readonly memo: Map<string, unknown>;
  readonly calls: {
    actions: { nodeId: string; action: string; input: unknown; attempt: number; retry: ActionNode["retry"] }[];
    sleeps: { stepId: string; durationMs: number }[];
    sleepUntils: { stepId: string; at: Date }[];
    waits: { stepId: string; options: WaitForEventOptions }[];
    invokes: { stepId: string; workflowId: string; input: unknown }[];
    /** Step ids whose work actually ran (not replayed from the memo). */
    executedSteps: string[];
  };
  readonly logs: NodeLogEntry[];
}

export interface FakePortsOptions {
  /** Handlers by action id ("http.request"); an action without one echoes its input. */
  actions?: Record<string, (input: unknown, node: ActionNode, ctx: StepContext) => unknown>;
  /** The event a wait receives, by step id; a wait without one times out (null). */
  events?: (stepId: string, options: WaitForEventOptions) => unknown;
  invoke?: (workflowId: string, input: unknown) => unknown;
  memo?: Map<string, unknown>;
  now?: () => Date;
}

export function createFakePorts(options: FakePortsOptions = {}): FakePorts {
  const memo = options.memo ?? new Map<string, unknown>();
  const usedThisExecution = new Set<string>();
  const calls: FakePorts["calls"] = { actions: [], sleeps: [], sleepUntils: [], waits: [], invokes: [], executedSteps: [] };
  const logs: NodeLogEntry[] = [];

  async function memoized<T>(stepId: string, work: () => Promise<T>): Promise<T> {
    // Inngest identifies steps by id; reusing one within a run would silently return the wrong result.
    if (usedThisExecution.has(stepId)) throw new Error(`Step id "${stepId}" was used twice in one run.`);
    usedThisExecution.add(stepId);
    if (memo.has(stepId)) return memo.get(stepId) as T;
    calls.executedSteps.push(stepId);
    const result = await work();
    // Step results are stored as JSON, so round-trip them like the real executor would.
    const stored = result === undefined ? null : (JSON.parse(JSON.stringify(result)) as T);
    memo.set(stepId, stored);
    return stored as T;
  }

  return {
    memo,
    calls,
    logs,
    run: (stepId, fn) => memoized(stepId, () => fn({ attempt: 0 })),
    sleep: (stepId, durationMs) =>
      memoized(stepId, async () => {
        calls.sleeps.push({ stepId, durationMs });
      }),
    sleepUntil: (stepId, at) =>
      memoized(stepId, async () => {
        calls.sleepUntils.push({ stepId, at });
      }),
    waitForEvent: (stepId, waitOptions) =>
      memoized(stepId, async () => {
        calls.waits.push({ stepId, options: waitOptions });
        return options.events?.(stepId, waitOptions) ?? null;
      }),
    invoke: (stepId, { workflowId, input }) =>
      memoized(stepId, async () => {
        calls.invokes.push({ stepId, workflowId, input });
        return options.invoke ? options.invoke(workflowId, input) : { invoked: workflowId };
      }),
    executeAction: async (node, input, ctx) => {
      calls.actions.push({ nodeId: node.id, action: node.action, input, attempt: ctx.attempt, retry: node.retry });
      const handler = options.actions?.[node.action];
      return handler ? handler(input, node, ctx) : { echo: input };
    },
    log: (entry) => {
      logs.push(entry);
    },
    now: options.now ?? (() => new Date("2030-01-01T00:00:00Z")),
  };
}
