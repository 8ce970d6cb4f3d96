import { definitionEntries, nodeNameIn } from "./parse-definition";
import type { WorkflowIssue } from "./workflow-types";

/** Who an issue is about, for its heading: `Fetch user (fetch_user)`, `Edge e1` or `Workflow`. */
export function issueSubject(issue: WorkflowIssue, definition: unknown): string {
  if (issue.nodeId) {
    const name = nodeNameIn(definition, issue.nodeId);
    return name ? `${name} (${issue.nodeId})` : `Node ${issue.nodeId}`;
  }
  if (issue.edgeId) return `Edge ${issue.edgeId}`;
  const [, index] = /^nodes\[(\d+)\]/.exec(issue.field) ?? [];
  if (index !== undefined) {
    const node = definitionEntries(definition, "nodes").find((e) => e.index === Number(index));
    return `Node #${Number(index) + 1}${typeof node?.entry.name === "string" ? ` “${node.entry.name}”` : ""}`;
  }
  return "Workflow";
}

/**
 * The message without the subject the server already prefixed it with (`Node "X" (x): …`,
 * `Edge "e1": …`, `field: …`), since the heading shows the subject.
 */
export function issueMessage(issue: WorkflowIssue): string {
  const stripped = issue.message
    .replace(/^Node (?:"[^"]*"(?: \([^)]*\))?|#\d+)(?:: | (?=[a-z]))/, "")
    .replace(/^Edge (?:"[^"]*"|#\d+): /, "");
  const relative = issue.field.replace(/^(?:nodes|edges)\[\d+\]\.?/, "");
  const prefix = [issue.field, relative].find((field) => field && stripped.startsWith(`${field}: `));
  const text = (prefix ? stripped.slice(prefix.length + 2) : stripped) || issue.message;
  // Capitalise a leading word, but leave a leading field path ("input.url …") as written.
  return /^[a-z]+(?![\w.[])/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
