import { CircleCheckIcon, CircleXIcon, KeyRoundIcon, type LucideIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { ConnectionStatus } from "./connection-types";

const STATUS: Readonly<Record<ConnectionStatus, { label: string; icon: LucideIcon; className: string }>> = {
  active: {
    label: "Active",
    icon: CircleCheckIcon,
    className: "border-emerald-500/30 bg-emerald-500/10 text-emerald-700 dark:text-emerald-300",
  },
  needs_reauth: {
    label: "Needs reconnect",
    icon: KeyRoundIcon,
    className: "border-amber-500/30 bg-amber-500/10 text-amber-700 dark:text-amber-300",
  },
  error: {
    label: "Error",
    icon: CircleXIcon,
    className: "border-destructive/30 bg-destructive/10 text-destructive",
  },
};

/** A connection's status: colour, icon and word, so it reads without colour too. */
export function ConnectionStatusBadge({ status, className }: { status: ConnectionStatus; className?: string }) {
  const meta = STATUS[status];
  const Icon = meta.icon;
  return (
    <Badge variant="outline" data-status={status} className={cn("gap-1 font-medium", meta.className, className)}>
      <Icon aria-hidden="true" className="size-3" />
      {meta.label}
    </Badge>
  );
}
