import type { WorkflowDefinition } from "./definition";
import type { Edge } from "./edges";
import type { LoopNode, WorkflowNode } from "./nodes";

/**
 * The definition as a graph. "Forward" links are ordinary edges plus each loop's link to its body
 * entry; edges of kind "loop" (a body closing back onto its loop) are kept apart, so the forward
 * graph of a valid workflow is acyclic.
 */
export interface WorkflowGraph {
  readonly nodes: ReadonlyMap<string, WorkflowNode>;
  /** Ordinary outgoing edges per node, in definition order (loop back edges excluded). */
  readonly outgoing: ReadonlyMap<string, readonly Edge[]>;
  readonly incoming: ReadonlyMap<string, readonly Edge[]>;
  readonly loopEdges: readonly Edge[];
}

export function buildGraph(definition: Pick<WorkflowDefinition, "nodes" | "edges">): WorkflowGraph {
  const nodes = new Map<string, WorkflowNode>();
  for (const node of definition.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const outgoing = new Map<string, Edge[]>();
  const incoming = new Map<string, Edge[]>();
  const loopEdges: Edge[] = [];
  for (const edge of definition.edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    if (edge.kind === "loop") {
      loopEdges.push(edge);
      continue;
    }
    pushTo(outgoing, edge.source, edge);
    pushTo(incoming, edge.target, edge);
  }
  return { nodes, outgoing, incoming, loopEdges };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Forward successors: targets of ordinary edges, plus the body entry of a loop. */
export function forwardSuccessors(graph: WorkflowGraph, nodeId: string): string[] {
  const targets = (graph.outgoing.get(nodeId) ?? []).map((edge) => edge.target);
  const node = graph.nodes.get(nodeId);
  if (node?.type === "loop" && graph.nodes.has(node.body)) targets.push(node.body);
  return targets;
}

/**
 * Kahn's algorithm over the forward graph, ties broken by definition order so runs and logs are
 * stable. Nodes on a cycle are left out of `order` and returned in `cyclic`.
 */
export function topologicalOrder(graph: WorkflowGraph): { order: string[]; cyclic: string[] } {
  const indegree = new Map<string, number>();
  for (const id of graph.nodes.keys()) indegree.set(id, 0);
  for (const id of graph.nodes.keys()) {
    for (const target of forwardSuccessors(graph, id)) indegree.set(target, (indegree.get(target) ?? 0) + 1);
  }
  const position = new Map([...graph.nodes.keys()].map((id, index) => [id, index]));
  const ready = [...graph.nodes.keys()].filter((id) => indegree.get(id) === 0);
  const order: string[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    const id = ready.shift() as string;
    order.push(id);
    for (const target of forwardSuccessors(graph, id)) {
      const remaining = (indegree.get(target) ?? 0) - 1;
      indegree.set(target, remaining);
      if (remaining === 0) ready.push(target);
    }
  }
  const placed = new Set(order);
  return { order, cyclic: [...graph.nodes.keys()].filter((id) => !placed.has(id)) };
}

/** Every node reachable from `start` along forward links, `start` included. */
export function reachableFrom(graph: WorkflowGraph, start: string): Set<string> {
  const seen = new Set<string>();
  const pending = [start];
  while (pending.length > 0) {
    const id = pending.pop() as string;
    if (seen.has(id) || !graph.nodes.has(id)) continue;
    seen.add(id);
    pending.push(...forwardSuccessors(graph, id));
  }
  return seen;
}

/** All nodes of a loop's body, nested loops' bodies included. */
export function loopBody(graph: WorkflowGraph, loop: LoopNode): Set<string> {
  const body = reachableFrom(graph, loop.body);
  // On an invalid (cyclic) graph the loop could reach itself; it is never part of its own body.
  body.delete(loop.id);
  return body;
}

/**
 * Which nodes each scope runs directly: the top level, and each loop's body minus the bodies of
 * loops nested in it (those run inside the nested loop).
 */
export function scopeMembers(graph: WorkflowGraph): { topLevel: Set<string>; loops: Map<string, Set<string>> } {
  const bodies = new Map<string, Set<string>>();
  for (const node of graph.nodes.values()) if (node.type === "loop") bodies.set(node.id, loopBody(graph, node));
  const loops = new Map<string, Set<string>>();
  for (const [loopId, body] of bodies) {
    const direct = new Set(body);
    for (const member of body) {
      const nested = bodies.get(member);
      if (nested) for (const id of nested) direct.delete(id);
    }
    loops.set(loopId, direct);
  }
  const topLevel = new Set(graph.nodes.keys());
  for (const body of bodies.values()) for (const id of body) topLevel.delete(id);
  return { topLevel, loops };
}
