import { durationMs } from "./duration";
import { DEFAULT_BRANCH } from "./edges";
import { NodeError } from "./node-error";
import { asVerdict, evaluateNodeExpression, renderNodeTemplates, renderNodeText } from "./node-evaluation";
import type { NodeOfType, WorkflowNode } from "./nodes";
import { APPROVAL_EVENT, type EventMatch } from "./ports";
import { type Frame, type NodeOutcome, type RunContext, StopSignal } from "./run-context";
import { runLoop } from "./run-loop";
import { describeNode } from "./validation-issue";

/** What a node receives as input, reported (and logged with the "started" entry) before any durable wait. */
export type InputReporter = (input: unknown) => Promise<void>;

/** Runs one node in a frame. Durable work goes through the ports under the node's step id. */
export async function executeNode(ctx: RunContext, frame: Frame, node: WorkflowNode, reportInput: InputReporter): Promise<NodeOutcome> {
  const stepId = node.id + frame.suffix;
  switch (node.type) {
    case "trigger":
      return { output: ctx.trigger };
    case "action":
      return { output: await executeAction(ctx, frame, node, stepId, reportInput) };
    case "transform":
      return { output: (await evaluateNodeExpression(ctx, frame, node, "expression", node.expression)) ?? null };
    case "condition": {
      const verdict = asVerdict(node, "expression", await evaluateNodeExpression(ctx, frame, node, "expression", node.expression));
      return { output: verdict, branch: String(verdict) };
    }
    case "switch":
      return chooseCase(ctx, frame, node);
    case "loop":
      return { output: await runLoop(ctx, frame, node, reportInput) };
    case "delay":
      return { output: await executeDelay(ctx, frame, node, stepId, reportInput) };
    case "wait":
      return { output: await executeWait(ctx, node, stepId, reportInput) };
    case "subworkflow": {
      const input = await renderNodeTemplates(ctx, frame, node, "input", node.input);
      await reportInput(input);
      return { output: (await ctx.ports.invoke(stepId, { workflowId: node.workflowId, input })) ?? null };
    }
    case "stop": {
      const message = node.message === undefined ? undefined : await renderNodeText(ctx, frame, node, "message", node.message);
      throw new StopSignal(node.id, node.status, message);
    }
  }
}

async function executeAction(ctx: RunContext, frame: Frame, node: NodeOfType<"action">, stepId: string, reportInput: InputReporter): Promise<unknown> {
  const input = await renderNodeTemplates(ctx, frame, node, "input", node.input);
  await reportInput(input);
  // The executor reads the effective retry policy from the node it is handed.
  const effective = { ...node, retry: node.retry ?? ctx.defaultRetry };
  const output = await ctx.ports.run(stepId, (stepContext) => ctx.ports.executeAction(effective, input, stepContext));
  return output ?? null;
}

async function chooseCase(ctx: RunContext, frame: Frame, node: NodeOfType<"switch">): Promise<NodeOutcome> {
  for (const [index, switchCase] of node.cases.entries()) {
    const field = `cases[${index}].expression`;
    if (asVerdict(node, field, await evaluateNodeExpression(ctx, frame, node, field, switchCase.expression))) {
      return { output: switchCase.id, branch: switchCase.id };
    }
  }
  return { output: DEFAULT_BRANCH, branch: DEFAULT_BRANCH };
}

async function executeDelay(ctx: RunContext, frame: Frame, node: NodeOfType<"delay">, stepId: string, reportInput: InputReporter): Promise<unknown> {
  if (node.delay.mode === "duration") {
    const ms = durationMs(node.delay.duration);
    await reportInput({ durationMs: ms });
    await ctx.ports.sleep(stepId, ms);
    return { durationMs: ms };
  }
  const at = toDate(await evaluateNodeExpression(ctx, frame, node, "delay.at", node.delay.at));
  if (!at) {
    throw new NodeError(node.id, "delay.at", `${describeNode(node)}: delay.at must give an ISO 8601 date-time or epoch milliseconds; check the expression "${node.delay.at}".`);
  }
  await reportInput({ until: at.toISOString() });
  await ctx.ports.sleepUntil(stepId, at);
  return { until: at.toISOString() };
}

function toDate(value: unknown): Date | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

async function executeWait(ctx: RunContext, node: NodeOfType<"wait">, stepId: string, reportInput: InputReporter): Promise<unknown> {
  const timeoutMs = durationMs(node.wait.timeout);
  if (node.wait.kind === "approval") {
    // The id must survive replays, so it is minted once inside a memoized step.
    const approvalId = await ctx.ports.run(`${stepId}:approval`, async () => globalThis.crypto.randomUUID());
    await reportInput({ approvalId, approvers: node.wait.approvers ?? [], timeoutMs });
    const match: EventMatch = { field: "data.approvalId", value: approvalId };
    return (await ctx.ports.waitForEvent(stepId, { event: APPROVAL_EVENT, match, timeoutMs })) ?? null;
  }
  let match: EventMatch | undefined;
  if (node.wait.match !== undefined) {
    const value = readPath(ctx.trigger, node.wait.match);
    if (value === undefined) {
      throw new NodeError(node.id, "wait.match", `${describeNode(node)}: the trigger payload has no "${node.wait.match}" to match the awaited event on; fix wait.match or the trigger.`);
    }
    match = { field: node.wait.match, value };
  }
  await reportInput({ event: node.wait.event, match, timeoutMs });
  return (await ctx.ports.waitForEvent(stepId, { event: node.wait.event, match, timeoutMs })) ?? null;
}

function readPath(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split(".")) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
