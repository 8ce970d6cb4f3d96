import { reservedEventPrefix } from "@/core/events/workflow-event";
import type { WorkflowDefinition } from "./definition";
import { type ValidationIssue, describeNode, nodeField } from "./validation-issue";

/** An event trigger must listen for a name workflows can emit: the engine's own prefixes never reach it. */
export function validateEventTriggers(definition: WorkflowDefinition): ValidationIssue[] {
  return definition.nodes.flatMap((node, index) => {
    if (node.type !== "trigger" || node.trigger.kind !== "event") return [];
    const prefix = reservedEventPrefix(node.trigger.event);
    if (!prefix) return [];
    return [
      {
        nodeId: node.id,
        field: nodeField(index, "trigger.event"),
        message: `${describeNode(node)}: events starting with "${prefix}" are reserved for the engine and never start a workflow; listen for a name such as "order.created".`,
      },
    ];
  });
}
