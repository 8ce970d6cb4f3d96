import { isRecord } from "./is-record";

const TOP_LEVEL = ["version", "nodes", "edges", "settings"];
const NODE = ["id", "type", "name", "trigger", "action", "connectionId", "expression", "cases", "items", "maxItems", "body", "delay", "wait", "workflowId", "status", "message", "input", "retry", "position"];
const EDGE = ["id", "source", "target", "branch", "kind"];

function ordered(record: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const keys = [...order.filter((key) => key in record), ...Object.keys(record).filter((key) => !order.includes(key))];
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}

function orderEach(list: unknown, order: readonly string[]): unknown {
  return Array.isArray(list) ? list.map((entry: unknown) => (isRecord(entry) ? ordered(entry, order) : entry)) : list;
}

/**
 * The database keeps JSON objects with their keys re-sorted, so a saved draft comes back as
 * `{ "edges", "nodes", "version" }`. For reading, put the keys back in the order people write them:
 * version, nodes, edges; and id, type, name first in each node and edge.
 */
export function withReadableKeyOrder(definition: unknown): unknown {
  if (!isRecord(definition)) return definition;
  const top = ordered(definition, TOP_LEVEL);
  if ("nodes" in top) top.nodes = orderEach(top.nodes, NODE);
  if ("edges" in top) top.edges = orderEach(top.edges, EDGE);
  return top;
}

/** JSON with every object's keys sorted: equal for equal values whatever the key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isRecord(inner) ? Object.fromEntries(Object.keys(inner).sort().map((key) => [key, inner[key]])) : inner,
  );
}
