import type { ActionCatalog, TriggerDescription } from "./action-catalog";
import type { WorkflowDefinition } from "./definition";
import type { TriggerNode } from "./nodes";
import { type ValidationIssue, describeNode, nodeField } from "./validation-issue";

type ConnectorTrigger = Extract<TriggerNode["trigger"], { kind: "connector" }>;

const MINUTE_MS = 60_000;

/** The fewest whole minutes a node may set for a trigger that polls every `intervalMs` (at least 1). */
export const minimumIntervalMinutes = (intervalMs: number) => Math.max(1, Math.ceil(intervalMs / MINUTE_MS));

/**
 * A connector trigger node must name a polling trigger the org has (built-in or custom), carry a connection unless
 * its connector accepts none, and not poll more often than the trigger allows. Unchecked when the catalog cannot
 * describe triggers.
 */
export function validateConnectorTriggers(definition: WorkflowDefinition, catalog: ActionCatalog): ValidationIssue[] {
  if (!catalog.getTrigger) return [];
  const getTrigger = catalog.getTrigger.bind(catalog);
  return definition.nodes.flatMap((node, index) => {
    if (node.type !== "trigger" || node.trigger.kind !== "connector") return [];
    const config = node.trigger;
    const found = getTrigger(config.trigger);
    if (!found) return [{ nodeId: node.id, field: nodeField(index, "trigger.trigger"), message: unknownTriggerMessage(node, config, catalog) }];
    return checkTrigger(node, index, config, found);
  });
}

function checkTrigger(node: TriggerNode, index: number, config: ConnectorTrigger, trigger: TriggerDescription): ValidationIssue[] {
  const issue = (field: string, message: string): ValidationIssue => ({ nodeId: node.id, field: nodeField(index, field), message: `${describeNode(node)}: ${message}` });
  if (trigger.kind === "webhook") return [issue("trigger.trigger", `"${trigger.label}" arrives by webhook; create a webhook endpoint for it (Webhooks page).`)];
  const issues: ValidationIssue[] = [];
  if (trigger.requiresConnection && !config.connectionId) {
    issues.push(issue("trigger.connectionId", `"${trigger.label}" needs a connection to poll with; pick one (or create it on the Connections page).`));
  }
  const minimum = minimumIntervalMinutes(trigger.intervalMs ?? MINUTE_MS);
  if (config.intervalMinutes !== undefined && config.intervalMinutes < minimum) {
    issues.push(
      issue("trigger.intervalMinutes", `"${trigger.label}" may poll at most every ${minimum} minute${minimum === 1 ? "" : "s"}; set the interval to ${minimum} or more (or leave it empty).`),
    );
  }
  if (trigger.inputSchema) {
    const parsed = trigger.inputSchema.safeParse(config.input ?? {});
    if (!parsed.success) {
      for (const problem of parsed.error.issues.slice(0, 5)) {
        const path = problem.path.map(String).join(".");
        issues.push(issue(path ? `trigger.input.${path}` : "trigger.input", `"${trigger.label}" needs ${path ? `input.${path}` : "its input"}: ${problem.message}.`));
      }
    }
  } else if (config.input && Object.keys(config.input).length > 0) {
    issues.push(issue("trigger.input", `"${trigger.label}" takes no input; remove trigger.input.`));
  }
  return issues;
}

function unknownTriggerMessage(node: TriggerNode, config: ConnectorTrigger, catalog: ActionCatalog): string {
  const connectorId = config.trigger.split(".")[0]!;
  if (catalog.hasConnector && !catalog.hasConnector(connectorId)) {
    return `${describeNode(node)}: there is no connector "${connectorId}" (in "${config.trigger}"); pick a trigger of an installed connector.`;
  }
  return `${describeNode(node)}: the connector "${connectorId}" has no trigger "${config.trigger.slice(connectorId.length + 1)}"; pick one of its triggers.`;
}
