import type { WorkflowNode } from "./nodes";

/** A JSONata expression held by a node, with its field path relative to the node. */
export interface NodeExpressionField {
  field: string;
  source: string;
}

/** Every plain JSONata expression a node holds (templates in inputs are listed by `nodeTemplateRoots`). */
export function nodeExpressions(node: WorkflowNode): NodeExpressionField[] {
  switch (node.type) {
    case "trigger":
      return (node.trigger.kind === "event" || node.trigger.kind === "webhook") && node.trigger.filter !== undefined
        ? [{ field: "trigger.filter", source: node.trigger.filter }]
        : [];
    case "transform":
    case "condition":
      return [{ field: "expression", source: node.expression }];
    case "switch":
      return node.cases.map((switchCase, index) => ({ field: `cases[${index}].expression`, source: switchCase.expression }));
    case "loop":
      return [{ field: "items", source: node.items }];
    case "delay":
      return node.delay.mode === "until" ? [{ field: "delay.at", source: node.delay.at }] : [];
    default:
      return [];
  }
}

/** The values of a node whose strings may hold `{{ }}` templates, with their field paths. */
export function nodeTemplateRoots(node: WorkflowNode): { field: string; value: unknown }[] {
  switch (node.type) {
    case "action":
    case "subworkflow":
      return [{ field: "input", value: node.input }];
    case "stop":
      return node.message === undefined ? [] : [{ field: "message", value: node.message }];
    default:
      return [];
  }
}
