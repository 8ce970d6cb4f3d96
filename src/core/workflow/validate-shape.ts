import type { z } from "zod";
import { NODE_TYPES } from "./nodes";
import type { ValidationIssue } from "./validation-issue";

/** Renders a zod path as a JSON path: ["nodes", 2, "input", "url"] → "nodes[2].input.url". */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (typeof segment === "string" && /^[A-Za-z_$][\w$]*$/.test(segment)) text += text === "" ? segment : `.${segment}`;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}

/**
 * Turns zod's issues on the raw definition into issues that name the node (or edge) they concern,
 * using whatever id and name the raw input carries even though it did not parse.
 */
export function translateShapeIssues(raw: unknown, issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => {
    const field = formatPath(issue.path) || "definition";
    const [collection, index] = issue.path;
    const owner = typeof index === "number" ? rawEntry(raw, collection, index) : undefined;
    const message = explain(issue);
    if (collection === "nodes" && owner) {
      const label = owner.name ? `Node "${owner.name}"${owner.id ? ` (${owner.id})` : ""}` : `Node ${owner.id ? `"${owner.id}"` : `#${Number(index) + 1}`}`;
      const relative = formatPath(issue.path.slice(2));
      return { nodeId: owner.id, field, message: `${label}: ${relative ? `${relative}: ` : ""}${message}` };
    }
    if (collection === "edges" && owner) {
      const relative = formatPath(issue.path.slice(2));
      return { edgeId: owner.id, field, message: `Edge ${owner.id ? `"${owner.id}"` : `#${Number(index) + 1}`}: ${relative ? `${relative}: ` : ""}${message}` };
    }
    return { field, message: `${field}: ${message}` };
  });
}

function explain(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_union" && "discriminator" in issue && issue.path.at(-1) === "type") {
    return `unknown node type; use one of ${NODE_TYPES.join(", ")}.`;
  }
  if (issue.code === "invalid_type" && issue.message.includes("received undefined")) {
    return `is required (${issue.message}).`;
  }
  return issue.message;
}

function rawEntry(raw: unknown, collection: PropertyKey | undefined, index: number): { id?: string; name?: string } | undefined {
  if (typeof raw !== "object" || raw === null || typeof collection !== "string") return undefined;
  const list = (raw as Record<string, unknown>)[collection];
  if (!Array.isArray(list)) return undefined;
  const entry: unknown = list[index];
  if (typeof entry !== "object" || entry === null) return {};
  const { id, name } = entry as Record<string, unknown>;
  return { id: typeof id === "string" ? id : undefined, name: typeof name === "string" ? name : undefined };
}
