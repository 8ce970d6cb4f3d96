"use client";

import type { Permission } from "@/core/authz";
import { ROLE_LABELS } from "@/core/authz";
import { useOrg } from "@/components/shell/org-context";

const ACTIONS: Partial<Record<Permission, string>> = {
  "workflows.write": "create or edit workflows",
  "workflows.run": "run or cancel workflows",
  "runs.replay": "replay runs",
  "runs.approve": "approve or reject runs",
};

/**
 * Why the signed-in user may not do something here, or null when their role allows it:
 * `reasonFor("workflows.write")` → "Your role (Viewer) can't create or edit workflows. Ask an owner or admin."
 */
export function usePermissionReason(): (permission: Permission) => string | null {
  const { can, role } = useOrg();
  return (permission) =>
    can(permission)
      ? null
      : `Your role (${ROLE_LABELS[role]}) can't ${ACTIONS[permission] ?? "do this"}. Ask an owner or admin.`;
}
