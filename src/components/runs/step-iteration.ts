/**
 * Inside a loop a node runs once per item, and its step id is `<nodeId>:<index>` (nested loops add
 * more indexes). Returns "item 3" (1-based) or "item 2.1", or undefined outside loops.
 */
export function iterationLabel(step: { nodeId: string; stepId?: string }): string | undefined {
  const { stepId, nodeId } = step;
  if (!stepId || !stepId.startsWith(`${nodeId}:`)) return undefined;
  const indexes = stepId.slice(nodeId.length + 1).split(":");
  if (!indexes.every((index) => /^\d+$/.test(index))) return undefined;
  return `item ${indexes.map((index) => Number(index) + 1).join(".")}`;
}
