import type { AuditEntry } from "@/components/common/api-types";
import { LocalDate, RelativeTime } from "@/components/format/time";
import { auditActionInfo } from "./audit-actions";
import { describeAuditEntry } from "./describe-audit-entry";

const ACTOR_KINDS: Readonly<Record<string, string>> = {
  apiKey: "API key",
  system: "System",
  webhook: "Webhook",
};

/** One line of the audit timeline. */
export function AuditEntryItem({ entry }: { entry: AuditEntry }) {
  const { icon: Icon, label } = auditActionInfo(entry.action);
  const actorKind = ACTOR_KINDS[entry.actorType];
  return (
    <li className="flex gap-4 px-4 py-3.5 sm:px-5">
      <span
        className="mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-full bg-muted text-muted-foreground"
        title={label}
      >
        <Icon aria-hidden="true" className="size-4" />
      </span>
      <div className="grid min-w-0 flex-1 gap-1 sm:grid-cols-[1fr_auto] sm:gap-4">
        <div className="grid min-w-0 gap-0.5">
          <p className="text-sm/relaxed break-words text-muted-foreground">{describeAuditEntry(entry)}</p>
          <p className="text-xs text-muted-foreground/80">
            <LocalDate date={entry.createdAt} style="datetime" />
            {actorKind ? ` · via ${actorKind}` : null}
          </p>
        </div>
        <RelativeTime date={entry.createdAt} className="text-xs text-muted-foreground sm:pt-0.5 sm:text-right" />
      </div>
    </li>
  );
}
