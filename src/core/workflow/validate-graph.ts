import type { WorkflowDefinition } from "./definition";
import { DEFAULT_BRANCH, type Edge, LOOP_DONE_BRANCH } from "./edges";
import { type WorkflowGraph, buildGraph, loopBody, reachableFrom, scopeMembers, topologicalOrder } from "./graph";
import type { WorkflowNode } from "./nodes";
import { type ValidationIssue, describeNode, nodeField } from "./validation-issue";

/** Structural rules: ids, edge references, the single trigger, branches, loops, cycles, reachability. */
export function validateGraph(definition: WorkflowDefinition): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const nodeIndex = new Map<string, number>();
  definition.nodes.forEach((node, index) => {
    if (nodeIndex.has(node.id)) {
      issues.push({ nodeId: node.id, field: nodeField(index, "id"), message: `${describeNode(node)}: another node already uses the id "${node.id}"; give each node its own id.` });
    } else nodeIndex.set(node.id, index);
  });
  issues.push(...checkEdges(definition, nodeIndex));
  const graph = buildGraph(definition);
  issues.push(...checkTrigger(definition, graph));
  issues.push(...checkBranches(definition, graph, nodeIndex));
  issues.push(...checkLoops(definition, graph, nodeIndex));

  const { cyclic } = topologicalOrder(graph);
  if (cyclic.length > 0) {
    issues.push({
      nodeId: cyclic[0],
      field: "edges",
      message: `Nodes ${cyclic.map((id) => `"${id}"`).join(", ")} form a cycle. Only edges of kind "loop", from a loop's body back to its loop node, may point backwards; use a loop node to repeat steps.`,
    });
  }
  const trigger = definition.nodes.find((node) => node.type === "trigger");
  if (trigger && cyclic.length === 0) {
    const reachable = reachableFrom(graph, trigger.id);
    definition.nodes.forEach((node, index) => {
      if (!reachable.has(node.id) && nodeIndex.get(node.id) === index) {
        issues.push({ nodeId: node.id, field: nodeField(index), message: `${describeNode(node)} cannot be reached from the trigger; connect an edge into it or delete it.` });
      }
    });
  }
  return issues;
}

function checkEdges(definition: WorkflowDefinition, nodeIndex: Map<string, number>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  const pairs = new Set<string>();
  definition.edges.forEach((edge, index) => {
    const at = (field: string) => `edges[${index}].${field}`;
    if (seen.has(edge.id)) issues.push({ edgeId: edge.id, field: at("id"), message: `Edge "${edge.id}": another edge already uses this id; give each edge its own id.` });
    seen.add(edge.id);
    for (const end of ["source", "target"] as const) {
      if (!nodeIndex.has(edge[end])) {
        issues.push({ edgeId: edge.id, field: at(end), message: `Edge "${edge.id}": its ${end} "${edge[end]}" is not a node of this workflow; point it at an existing node id.` });
      }
    }
    const pair = `${edge.source}→${edge.target}→${edge.branch ?? ""}→${edge.kind ?? ""}`;
    if (pairs.has(pair)) issues.push({ edgeId: edge.id, field: at("target"), message: `Edge "${edge.id}" duplicates another edge from "${edge.source}" to "${edge.target}"; delete one.` });
    pairs.add(pair);
    if (edge.source === edge.target) issues.push({ edgeId: edge.id, field: at("target"), message: `Edge "${edge.id}" connects "${edge.source}" to itself; use a loop node to repeat steps.` });
  });
  return issues;
}

function checkTrigger(definition: WorkflowDefinition, graph: WorkflowGraph): ValidationIssue[] {
  const triggers = definition.nodes.flatMap((node, index) => (node.type === "trigger" ? [{ node, index }] : []));
  if (triggers.length === 0) return [{ field: "nodes", message: "The workflow has no trigger; add one trigger node (manual, schedule, event, webhook or connector) to start it." }];
  const issues: ValidationIssue[] = triggers.slice(1).map(({ node, index }) => ({
    nodeId: node.id,
    field: nodeField(index),
    message: `${describeNode(node)} is a second trigger; a workflow has exactly one trigger, so delete it or move it to its own workflow.`,
  }));
  for (const { node, index } of triggers) {
    for (const edge of graph.incoming.get(node.id) ?? []) {
      issues.push({ nodeId: node.id, edgeId: edge.id, field: nodeField(index), message: `${describeNode(node)} is a trigger and cannot have incoming edges; remove edge "${edge.id}".` });
    }
  }
  return issues;
}

function checkBranches(definition: WorkflowDefinition, graph: WorkflowGraph, nodeIndex: Map<string, number>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const edgeIndex = new Map(definition.edges.map((edge, index) => [edge, index]));
  for (const node of graph.nodes.values()) {
    const edges = graph.outgoing.get(node.id) ?? [];
    const allowed = allowedBranches(node);
    const used = new Set<string>();
    for (const edge of edges) {
      const field = `edges[${edgeIndex.get(edge) ?? 0}].branch`;
      const problem = branchProblem(node, edge, allowed, used);
      if (problem) issues.push({ nodeId: node.id, edgeId: edge.id, field, message: `${describeNode(node)}: edge "${edge.id}" ${problem}` });
      if (edge.branch !== undefined) used.add(edge.branch);
    }
    if (node.type === "switch") {
      const caseIds = new Set<string>();
      node.cases.forEach((switchCase, caseIndex) => {
        if (caseIds.has(switchCase.id)) {
          issues.push({ nodeId: node.id, field: nodeField(nodeIndex.get(node.id) ?? 0, `cases[${caseIndex}].id`), message: `${describeNode(node)}: two cases use the id "${switchCase.id}"; case ids must be unique.` });
        }
        caseIds.add(switchCase.id);
      });
    }
  }
  return issues;
}

function allowedBranches(node: WorkflowNode): string[] | null {
  switch (node.type) {
    case "condition":
      return ["true", "false"];
    case "switch":
      return [...node.cases.map((switchCase) => switchCase.id), DEFAULT_BRANCH];
    case "loop":
      return [LOOP_DONE_BRANCH];
    default:
      return null;
  }
}

function branchProblem(node: WorkflowNode, edge: Edge, allowed: string[] | null, used: Set<string>): string | undefined {
  if (node.type === "stop") return `leaves a stop node, which ends the run; remove the edge.`;
  if (allowed === null) {
    return edge.branch === undefined ? undefined : `has branch "${edge.branch}", but a ${node.type} node has no branches; remove the branch.`;
  }
  if (edge.branch === undefined) {
    if (node.type === "loop") return undefined;
    return `needs a branch: one of ${allowed.map((branch) => `"${branch}"`).join(", ")}.`;
  }
  if (!allowed.includes(edge.branch)) {
    return `has branch "${edge.branch}", which this ${node.type} does not have; use one of ${allowed.map((branch) => `"${branch}"`).join(", ")}.`;
  }
  if (used.has(edge.branch) && node.type !== "loop") {
    return `is a second edge on branch "${edge.branch}"; a branch leads to one node, so delete one of them (fan out after that node instead).`;
  }
  return undefined;
}

function checkLoops(definition: WorkflowDefinition, graph: WorkflowGraph, nodeIndex: Map<string, number>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { loops } = scopeMembers(graph);
  const entries = new Map<string, string>();
  for (const node of graph.nodes.values()) {
    if (node.type !== "loop") continue;
    const field = nodeField(nodeIndex.get(node.id) ?? 0, "body");
    const entry = graph.nodes.get(node.body);
    if (!entry) {
      issues.push({ nodeId: node.id, field, message: `${describeNode(node)}: its body "${node.body}" is not a node of this workflow; set body to the id of the first node to run for each item.` });
      continue;
    }
    if (entry.type === "trigger" || entry.id === node.id) {
      issues.push({ nodeId: node.id, field, message: `${describeNode(node)}: the body cannot start at "${entry.id}"; set body to the first node to run for each item.` });
      continue;
    }
    const otherLoop = entries.get(entry.id);
    if (otherLoop) issues.push({ nodeId: node.id, field, message: `${describeNode(node)}: node "${entry.id}" already starts the body of loop "${otherLoop}"; each loop needs its own body.` });
    entries.set(entry.id, node.id);
    const body = loopBody(graph, node);
    for (const member of body) {
      for (const edge of graph.incoming.get(member) ?? []) {
        if (body.has(edge.source)) continue;
        const hint = edge.source === node.id && member === node.body ? " The body is linked by the loop's `body` field; remove this edge." : " Body nodes run only inside the loop; connect it after the loop with the loop's own outgoing edge instead.";
        issues.push({ nodeId: member, edgeId: edge.id, field: `edges[${definition.edges.indexOf(edge)}]`, message: `Node "${member}" is inside the body of loop "${node.id}" but edge "${edge.id}" enters it from "${edge.source}", outside the loop.${hint}` });
      }
    }
  }
  for (const edge of graph.loopEdges) {
    const field = `edges[${definition.edges.indexOf(edge)}]`;
    const target = graph.nodes.get(edge.target);
    if (target?.type !== "loop") {
      issues.push({ edgeId: edge.id, field: `${field}.target`, message: `Edge "${edge.id}" has kind "loop" but its target "${edge.target}" is not a loop node; remove kind "loop" or point it at the loop.` });
    } else if (!loops.get(target.id)?.has(edge.source)) {
      issues.push({ edgeId: edge.id, field: `${field}.source`, message: `Edge "${edge.id}" closes loop "${target.id}" but starts at "${edge.source}", which is not in that loop's body; start it at the body's last node.` });
    }
    if (edge.branch !== undefined) issues.push({ edgeId: edge.id, field: `${field}.branch`, message: `Edge "${edge.id}" closes a loop and cannot carry a branch; remove "branch".` });
  }
  return issues;
}
