import {
  ArrowRightLeftIcon,
  BuildingIcon,
  MailPlusIcon,
  MailXIcon,
  PencilIcon,
  ScrollTextIcon,
  UserCheckIcon,
  UserMinusIcon,
  UserRoundXIcon,
  type LucideIcon,
} from "lucide-react";

export interface AuditActionInfo {
  label: string;
  icon: LucideIcon;
}

/** The actions the audit log knows how to describe, with a filter label and an icon. */
export const AUDIT_ACTIONS: Readonly<Record<string, AuditActionInfo>> = {
  "org.created": { label: "Organization created", icon: BuildingIcon },
  "org.renamed": { label: "Organization renamed", icon: PencilIcon },
  "member.role_changed": { label: "Role changed", icon: ArrowRightLeftIcon },
  "member.removed": { label: "Member removed", icon: UserMinusIcon },
  "member.left": { label: "Member left", icon: UserRoundXIcon },
  "invitation.created": { label: "Invitation sent", icon: MailPlusIcon },
  "invitation.revoked": { label: "Invitation revoked", icon: MailXIcon },
  "invitation.accepted": { label: "Invitation accepted", icon: UserCheckIcon },
};

export function auditActionInfo(action: string): AuditActionInfo {
  return AUDIT_ACTIONS[action] ?? { label: action, icon: ScrollTextIcon };
}
