"use client";

import { ROLE_LABELS } from "@/core/authz";
import { useOrg } from "@/components/shell/org-context";

/**
 * Why the signed-in user may not add or change connections, or null when their role allows it. Viewers see the
 * page read-only: the buttons stay, disabled, with this as their reason.
 */
export function useConnectionsWriteReason(): string | null {
  const { can, role } = useOrg();
  return can("connections.write")
    ? null
    : `Your role (${ROLE_LABELS[role]}) can see connections but not add, test or change them. Ask an editor, admin or owner.`;
}
