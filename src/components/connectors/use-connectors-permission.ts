"use client";

import { ROLE_LABELS } from "@/core/authz";
import { useOrg } from "@/components/shell/org-context";

/** Why the signed-in user may not create or change custom connectors here, or null when their role allows it. */
export function useConnectorsDeniedReason(): string | null {
  const { can, role } = useOrg();
  return can("connectors.manage") ? null : `Your role (${ROLE_LABELS[role]}) can't create or change custom connectors. Ask an editor, admin or owner.`;
}
