import {
  CircleCheckIcon,
  CircleDashedIcon,
  CircleSlashIcon,
  CircleXIcon,
  ClockIcon,
  HourglassIcon,
  LoaderCircleIcon,
  MoonIcon,
  type LucideIcon,
} from "lucide-react";

/** Every state a run or one of its steps can be in. */
export type AnyStatus =
  | "queued"
  | "running"
  | "sleeping"
  | "waiting"
  | "succeeded"
  | "failed"
  | "cancelled"
  | "skipped";

export interface StatusMeta {
  label: string;
  icon: LucideIcon;
  /** Icon colour (and spin for running). */
  iconClass: string;
  /** Badge border, background and text. */
  badgeClass: string;
  /** Solid fill for bars and dots. */
  fillClass: string;
}

export const STATUS_META: Readonly<Record<AnyStatus, StatusMeta>> = {
  queued: {
    label: "Queued",
    icon: ClockIcon,
    iconClass: "text-muted-foreground",
    badgeClass: "border-border bg-muted text-muted-foreground",
    fillClass: "bg-slate-300 dark:bg-slate-600",
  },
  running: {
    label: "Running",
    icon: LoaderCircleIcon,
    iconClass: "animate-spin text-sky-600 motion-reduce:animate-none dark:text-sky-400",
    badgeClass: "border-sky-500/30 bg-sky-500/10 text-sky-700 dark:text-sky-300",
    fillClass: "bg-sky-500",
  },
  sleeping: {
    label: "Sleeping",
    icon: MoonIcon,
    iconClass: "text-violet-600 dark:text-violet-400",
    badgeClass: "border-violet-500/30 bg-violet-500/10 text-violet-700 dark:text-violet-300",
    fillClass: "bg-violet-500",
  },
  waiting: {
    label: "Waiting",
    icon: HourglassIcon,
    iconClass: "text-amber-600 dark:text-amber-400",
    badgeClass: "border-amber-500/30 bg-amber-500/10 text-amber-800 dark:text-amber-300",
    fillClass: "bg-amber-500",
  },
  succeeded: {
    label: "Succeeded",
    icon: CircleCheckIcon,
    iconClass: "text-emerald-600 dark:text-emerald-400",
    badgeClass: "border-emerald-500/30 bg-emerald-500/10 text-emerald-700 dark:text-emerald-300",
    fillClass: "bg-emerald-500",
  },
  failed: {
    label: "Failed",
    icon: CircleXIcon,
    iconClass: "text-destructive",
    badgeClass: "border-destructive/30 bg-destructive/10 text-destructive",
    fillClass: "bg-destructive",
  },
  cancelled: {
    label: "Cancelled",
    icon: CircleSlashIcon,
    iconClass: "text-muted-foreground",
    badgeClass: "border-border bg-muted text-muted-foreground",
    fillClass: "bg-zinc-500 dark:bg-zinc-400",
  },
  skipped: {
    label: "Skipped",
    icon: CircleDashedIcon,
    iconClass: "text-muted-foreground/70",
    badgeClass: "border-dashed border-border bg-transparent text-muted-foreground",
    fillClass: "bg-muted-foreground/40",
  },
};

const UNKNOWN: StatusMeta = { ...STATUS_META.queued, label: "Unknown" };

function isKnownStatus(status: string): status is AnyStatus {
  return Object.hasOwn(STATUS_META, status);
}

/** How to show a status; an unexpected value is shown neutrally with its own name. */
export function statusMeta(status: string): StatusMeta {
  return isKnownStatus(status) ? STATUS_META[status] : { ...UNKNOWN, label: status };
}
