import { type ExpressionLimits, evaluateExpression } from "@/core/expressions";
import { NodeError } from "./node-error";
import { asVerdict } from "./node-evaluation";
import type { TriggerNode } from "./nodes";
import { describeNode } from "./validation-issue";

/**
 * Whether an incoming event should start a run of a workflow with this trigger: the event name
 * matches and the optional JSONata `filter` (evaluated over the event) is true.
 */
export async function triggerAccepts(trigger: TriggerNode, event: { name: string; data?: unknown }, limits: Partial<ExpressionLimits> = {}): Promise<boolean> {
  if (trigger.trigger.kind !== "event" || trigger.trigger.event !== event.name) return false;
  if (trigger.trigger.filter === undefined) return true;
  try {
    return asVerdict(trigger, "trigger.filter", await evaluateExpression(trigger.trigger.filter, event, limits));
  } catch (error) {
    if (error instanceof NodeError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new NodeError(trigger.id, "trigger.filter", `${describeNode(trigger)}: trigger.filter could not be evaluated. ${reason}`);
  }
}
