import { ArrowRightLeftIcon, BlocksIcon, BuildingIcon, GaugeIcon, KeyRoundIcon, MailPlusIcon, MailXIcon, PencilIcon, PlugIcon, PlugZapIcon, RefreshCwIcon, RepeatIcon, ScrollTextIcon, SendIcon, UnplugIcon, UserCheckIcon, UserMinusIcon, UserRoundXIcon, WebhookIcon, WebhookOffIcon, type LucideIcon } from "lucide-react";

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
  "connection.created": { label: "Connection created", icon: PlugIcon },
  "connection.renamed": { label: "Connection renamed", icon: PencilIcon },
  "connection.reconnected": { label: "Connection reconnected", icon: KeyRoundIcon },
  "connection.tested": { label: "Connection tested", icon: PlugZapIcon },
  "connection.rate_limit_changed": { label: "Connection rate limit changed", icon: GaugeIcon },
  "connection.deleted": { label: "Connection deleted", icon: UnplugIcon },
  "custom_connector.created": { label: "Custom connector created", icon: BlocksIcon },
  "custom_connector.updated": { label: "Custom connector changed", icon: BlocksIcon },
  "custom_connector.deleted": { label: "Custom connector deleted", icon: BlocksIcon },
  "oauth_app.set": { label: "OAuth app set", icon: KeyRoundIcon },
  "oauth_app.removed": { label: "OAuth app removed", icon: KeyRoundIcon },
  "webhook.created": { label: "Webhook endpoint created", icon: WebhookIcon },
  "webhook.updated": { label: "Webhook endpoint changed", icon: WebhookIcon },
  "webhook.secret_rotated": { label: "Webhook secret rotated", icon: RefreshCwIcon },
  "webhook.deleted": { label: "Webhook endpoint deleted", icon: WebhookOffIcon },
  "webhook.delivery_replayed": { label: "Webhook delivery replayed", icon: RepeatIcon },
  "webhook.test_sent": { label: "Webhook test delivery sent", icon: SendIcon },
};

export function auditActionInfo(action: string): AuditActionInfo {
  return AUDIT_ACTIONS[action] ?? { label: action, icon: ScrollTextIcon };
}
