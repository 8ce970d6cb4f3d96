import { validateWorkflow } from "@/core/workflow/validate";
import { actionCatalog } from "@/server/actions/action-catalog";

/** Validates a stored draft against the workflow rules and the action catalog. */
export function validateDraft(draft: unknown) {
  return validateWorkflow(draft, { actionCatalog });
}
