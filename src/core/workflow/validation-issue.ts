import type { WorkflowNode } from "./nodes";

/** One problem in a workflow definition, phrased for the person editing it. */
export interface ValidationIssue {
  nodeId?: string;
  edgeId?: string;
  /** JSON path from the definition root, e.g. "nodes[2].input.url" or "edges[0].target". */
  field: string;
  message: string;
}

/** How messages name a node: its display name and id, e.g. `Node "Fetch user" (fetch_user)`. */
export function describeNode(node: Pick<WorkflowNode, "id" | "name">): string {
  return `Node "${node.name}" (${node.id})`;
}

export function nodeField(index: number, field?: string): string {
  if (field === undefined || field === "") return `nodes[${index}]`;
  return field.startsWith("[") ? `nodes[${index}]${field}` : `nodes[${index}].${field}`;
}
