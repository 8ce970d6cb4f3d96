import { CalendarClockIcon, MousePointerClickIcon, RotateCcwIcon, WebhookIcon, ZapIcon, type LucideIcon } from "lucide-react";
import { cn } from "@/components/ui/cn";

const KINDS: Readonly<Record<string, { label: string; icon: LucideIcon }>> = {
  manual: { label: "Manual", icon: MousePointerClickIcon },
  schedule: { label: "Schedule", icon: CalendarClockIcon },
  webhook: { label: "Webhook", icon: WebhookIcon },
  event: { label: "Event", icon: ZapIcon },
  replay: { label: "Replay", icon: RotateCcwIcon },
};

export function triggerKindLabel(kind: string): string {
  return KINDS[kind]?.label ?? kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** What started a run: "Manual", "Schedule", "Webhook"… with an icon. */
export function TriggerKind({ kind, className }: { kind: string; className?: string }) {
  const Icon = KINDS[kind]?.icon ?? ZapIcon;
  return (
    <span className={cn("inline-flex items-center gap-1.5", className)}>
      <Icon aria-hidden="true" className="size-3.5 shrink-0 text-muted-foreground" />
      {triggerKindLabel(kind)}
    </span>
  );
}
