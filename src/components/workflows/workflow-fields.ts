/** Limits the server enforces on a workflow's name and description; checked early for quick feedback. */
export const WORKFLOW_NAME_MAX = 100;
export const WORKFLOW_DESCRIPTION_MAX = 500;

/** The problem with a (trimmed) workflow name, if any. */
export function checkWorkflowName(name: string): string | undefined {
  if (!name) return "Give the workflow a name.";
  if (name.length > WORKFLOW_NAME_MAX) return `Workflow names are at most ${WORKFLOW_NAME_MAX} characters.`;
  return undefined;
}
