import type * as React from "react";
import { isRole, ROLE_LABELS } from "@/core/authz";
import type { AuditEntry } from "@/components/common/api-types";
import { describeConnectionAudit } from "./describe-connection-audit";
import { describeWebhookAudit } from "./describe-webhook-audit";

function Who({ children }: { children: React.ReactNode }) {
  return <span className="font-medium text-foreground">{children}</span>;
}

function field(source: unknown, key: string): unknown {
  return typeof source === "object" && source !== null && key in source
    ? (source as Record<string, unknown>)[key]
    : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

function roleLabel(value: unknown): string {
  return isRole(value) ? ROLE_LABELS[value] : (text(value) ?? "an unknown role");
}

/** One human sentence per audit entry: "ada@x changed bob@y from Viewer to Editor". */
export function describeAuditEntry(entry: AuditEntry): React.ReactNode {
  const actor = <Who>{entry.actorLabel}</Who>;
  const target = <Who>{entry.targetLabel ?? "someone"}</Who>;
  const meta = entry.metadata;

  const connection = describeConnectionAudit(entry);
  if (connection) return connection;
  const webhook = describeWebhookAudit(entry);
  if (webhook) return webhook;

  switch (entry.action) {
    case "org.created":
      return (
        <>
          {actor} created the organization {target}
        </>
      );
    case "org.renamed": {
      const from = text(field(field(meta, "from"), "name"));
      const to = text(field(field(meta, "to"), "name")) ?? entry.targetLabel;
      return from ? (
        <>
          {actor} renamed the organization from <Who>{from}</Who> to <Who>{to}</Who>
        </>
      ) : (
        <>
          {actor} renamed the organization to <Who>{to}</Who>
        </>
      );
    }
    case "member.role_changed":
      return (
        <>
          {actor} changed {target} from {roleLabel(field(meta, "from"))} to {roleLabel(field(meta, "to"))}
        </>
      );
    case "member.removed":
      return (
        <>
          {actor} removed {target} from the organization
        </>
      );
    case "member.left":
      return <>{actor} left the organization</>;
    case "invitation.created": {
      const replaced = field(meta, "replaced");
      return (
        <>
          {actor} invited {target} as {roleLabel(field(meta, "role"))}
          {Array.isArray(replaced) && replaced.length > 0 ? ", replacing an earlier invitation" : null}
        </>
      );
    }
    case "invitation.revoked":
      return (
        <>
          {actor} revoked the invitation for {target}
        </>
      );
    case "invitation.accepted":
      return (
        <>
          {actor} accepted an invitation and joined as {roleLabel(field(meta, "role"))}
        </>
      );
    default:
      return (
        <>
          {actor} performed <code className="rounded bg-muted px-1 font-mono text-xs">{entry.action}</code>
          {entry.targetLabel ? <> on {target}</> : null}
        </>
      );
  }
}
