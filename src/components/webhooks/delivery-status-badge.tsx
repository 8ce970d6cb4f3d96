import { CircleCheckIcon, CircleDashedIcon, ClockIcon, MinusCircleIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { WebhookDeliveryStatus } from "./webhook-types";

/** Where a delivery is, in a word and an icon: stored, queued, or dispatched with N runs started. */
export function DeliveryStatusBadge({ status, runsStarted }: { status: WebhookDeliveryStatus; runsStarted: number | null }) {
  if (status === "waiting") {
    return (
      <Badge variant="outline" className="gap-1 border-amber-500/40 text-amber-800 dark:text-amber-300" title="Stored; its event is not sent yet (sent again within minutes if this lasts)">
        <ClockIcon aria-hidden="true" />
        Stored
      </Badge>
    );
  }
  if (status === "enqueued") {
    return (
      <Badge variant="outline" className="gap-1 border-sky-500/40 text-sky-800 dark:text-sky-300" title="Queued: the engine is starting the workflows listening to it">
        <CircleDashedIcon aria-hidden="true" />
        Queued
      </Badge>
    );
  }
  const started = runsStarted ?? 0;
  return (
    <Badge
      variant="outline"
      className={cn("gap-1", started > 0 ? "border-emerald-500/40 text-emerald-800 dark:text-emerald-300" : "text-muted-foreground")}
      title={started > 0 ? "Dispatched to the workflows listening to it" : "Dispatched; no workflow took it (none listens, or its event or filter did not match)"}
    >
      {started > 0 ? <CircleCheckIcon aria-hidden="true" /> : <MinusCircleIcon aria-hidden="true" />}
      {started === 0 ? "No run started" : `${started} ${started === 1 ? "run" : "runs"} started`}
    </Badge>
  );
}

/** 1.2 KB, 256 KB: a delivery's size. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
