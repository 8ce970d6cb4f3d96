"use client";

import { ChevronRightIcon, RepeatIcon, ShieldCheckIcon, ShieldOffIcon } from "lucide-react";
import { useId } from "react";
import { LocalDate, RelativeTime } from "@/components/format/time";
import { cn } from "@/components/ui/cn";
import { DeliveryPayload } from "./delivery-payload";
import { DeliveryStatusBadge, formatBytes } from "./delivery-status-badge";
import type { WebhookDeliverySummary } from "./webhook-types";

/** One delivery in the log: when, which event, how it was verified, its size and status; opens to its payload. */
export function DeliveryItem({
  endpointId,
  endpointEvents,
  delivery,
  open,
  onToggle,
  deniedReason,
  enabled,
}: {
  endpointId: string;
  endpointEvents: readonly string[];
  delivery: WebhookDeliverySummary;
  open: boolean;
  onToggle: () => void;
  deniedReason: string | null;
  enabled: boolean;
}) {
  const panelId = useId();
  const unsigned = delivery.verifiedBy === "none";
  return (
    <li data-delivery-id={delivery.id} className={cn(open && "bg-muted/30")}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={onToggle}
        className="flex w-full flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2.5 text-left text-sm outline-none hover:bg-accent/50 focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:ring-inset"
      >
        <ChevronRightIcon aria-hidden="true" className={cn("size-4 shrink-0 text-muted-foreground transition-transform", open && "rotate-90")} />
        <span className="grid w-40 shrink-0">
          <RelativeTime date={delivery.receivedAt} className="text-foreground" />
          <LocalDate date={delivery.receivedAt} style="datetime" className="text-[0.7rem] whitespace-nowrap text-muted-foreground" />
        </span>
        <span className="min-w-0 flex-1 truncate font-mono text-xs" title={delivery.event ?? undefined}>
          {delivery.event ?? <span className="font-sans text-muted-foreground italic">no event name</span>}
        </span>
        {delivery.replayOf ? (
          <span className="inline-flex items-center gap-1 text-xs text-muted-foreground" title="Sent again from the log">
            <RepeatIcon aria-hidden="true" className="size-3.5" />
            Replay
          </span>
        ) : null}
        <span className="inline-flex items-center gap-1 text-xs text-muted-foreground" title={unsigned ? "Not signed (the endpoint has no secret)" : `Signature verified (${delivery.verifiedBy})`}>
          {unsigned ? <ShieldOffIcon aria-hidden="true" className="size-3.5" /> : <ShieldCheckIcon aria-hidden="true" className="size-3.5 text-emerald-600 dark:text-emerald-400" />}
          {unsigned ? "unsigned" : delivery.verifiedBy}
        </span>
        <span className="w-14 text-right text-xs text-muted-foreground tabular-nums">{formatBytes(delivery.sizeBytes)}</span>
        <DeliveryStatusBadge status={delivery.status} runsStarted={delivery.runsStarted} />
      </button>
      {open ? (
        <div id={panelId} className="border-t px-3 py-3">
          <DeliveryPayload endpointId={endpointId} endpointEvents={endpointEvents} deliveryId={delivery.id} deniedReason={deniedReason} enabled={enabled} />
        </div>
      ) : null}
    </li>
  );
}
