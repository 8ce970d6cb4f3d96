import { jsonSpans, parseFieldPath, pathKey, spanOfPath, type JsonPathSegment, type JsonSpan } from "./json-spans";
import { definitionEntries } from "./parse-definition";
import type { WorkflowIssue } from "./workflow-types";

/**
 * Where an issue points in the editor text. The server's field path (`nodes[2].input.url`) was
 * computed on the saved draft; if nodes or edges moved since, the path is re-aimed at the same
 * node or edge by id. Returns the selection to make, or undefined when it cannot be found.
 */
export function locateIssue(text: string, definition: unknown, issue: WorkflowIssue): { start: number; end: number } | undefined {
  let spans: Map<string, JsonSpan>;
  try {
    spans = jsonSpans(text);
  } catch {
    return undefined;
  }
  const path = reaim(parseFieldPath(issue.field), definition, issue);
  const span = spanOfPath(spans, path) ?? ownerSpan(spans, definition, issue);
  if (!span) return undefined;
  return { start: span.keyStart ?? span.start, end: span.end };
}

function reaim(path: JsonPathSegment[], definition: unknown, issue: WorkflowIssue): JsonPathSegment[] {
  const [collection, index, ...rest] = path;
  const id = collection === "nodes" ? issue.nodeId : collection === "edges" ? issue.edgeId : undefined;
  if ((collection !== "nodes" && collection !== "edges") || typeof index !== "number" || !id) return path;
  const entries = definitionEntries(definition, collection);
  if (entries.find((e) => e.index === index)?.entry.id === id) return path;
  const moved = entries.find((e) => e.entry.id === id);
  return moved ? [collection, moved.index, ...rest] : path;
}

function ownerSpan(spans: Map<string, JsonSpan>, definition: unknown, issue: WorkflowIssue): JsonSpan | undefined {
  for (const [collection, id] of [
    ["nodes", issue.nodeId],
    ["edges", issue.edgeId],
  ] as const) {
    if (!id) continue;
    const owner = definitionEntries(definition, collection).find((e) => e.entry.id === id);
    if (owner) return spans.get(pathKey([collection, owner.index]));
  }
  return undefined;
}
