import type { WorkflowDefinition } from "@/core/workflow/definition";
import type { TriggerNode } from "@/core/workflow/nodes";

export type ConnectorTriggerConfig = Extract<TriggerNode["trigger"], { kind: "connector" }>;

/** The connector trigger of a definition, with its node id, if its trigger node is one. */
export function connectorTriggerOf(definition: WorkflowDefinition): { nodeId: string; trigger: ConnectorTriggerConfig } | undefined {
  for (const node of definition.nodes) {
    if (node.type === "trigger" && node.trigger.kind === "connector") return { nodeId: node.id, trigger: node.trigger };
  }
  return undefined;
}

/** `<connector>.<trigger>` split at the first dot (connector ids have none). */
export function splitTriggerId(triggerId: string): { connectorId: string; triggerId: string } {
  const dot = triggerId.indexOf(".");
  return dot < 0 ? { connectorId: triggerId, triggerId: "" } : { connectorId: triggerId.slice(0, dot), triggerId: triggerId.slice(dot + 1) };
}
