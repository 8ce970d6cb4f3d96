"use client";

import { ROLE_LABELS } from "@/core/authz";
import { useOrg } from "@/components/shell/org-context";

/**
 * Why the signed-in user may not add or change webhook endpoints, or null when their role allows it. Viewers see
 * the page read-only: the controls stay, disabled, with this as their reason.
 */
export function useWebhooksManageReason(): string | null {
  const { can, role } = useOrg();
  return can("webhooks.manage")
    ? null
    : `Your role (${ROLE_LABELS[role]}) can see webhook endpoints and their deliveries but not add, change or replay them. Ask an editor, admin or owner.`;
}
