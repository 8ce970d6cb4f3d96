import type { ActionCatalog } from "@/core/workflow/action-catalog";
import { validateWorkflow } from "@/core/workflow/validate";
import { actionCatalog } from "@/server/actions/action-catalog";

/** Validates a stored draft against the workflow rules and the action catalog (the org's, custom connectors included). */
export function validateDraft(draft: unknown, catalog: ActionCatalog = actionCatalog) {
  return validateWorkflow(draft, { actionCatalog: catalog });
}
