"use client";

import { ChevronRightIcon, FlaskConicalIcon, RepeatIcon, ShieldCheckIcon, ShieldOffIcon } from "lucide-react";
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
        className={cn(
          "flex w-full flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2.5 text-left text-sm outline-none hover:bg-accent/50 focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:ring-inset",
          // Where the log is as wide as the sheet (the list is the container), fixed cells so every row's replay marker,
          // verification, size and runs line up; narrower, the row wraps.
          "@min-[41rem]:grid @min-[41rem]:grid-cols-[1rem_8.25rem_minmax(0,1fr)_4rem_6.5rem_3.75rem_7.75rem] @min-[41rem]:gap-x-2.5",
        )}
      >
        <ChevronRightIcon aria-hidden="true" className={cn("size-4 shrink-0 text-muted-foreground transition-transform", open && "rotate-90")} />
        <span className="grid w-40 shrink-0 @min-[41rem]:w-auto">
          <RelativeTime date={delivery.receivedAt} className="text-foreground" />
          <LocalDate date={delivery.receivedAt} style="datetime" className="text-[0.7rem] whitespace-nowrap text-muted-foreground" />
        </span>
        <span className="min-w-0 flex-1 truncate font-mono text-xs" title={delivery.event ?? undefined}>
          {delivery.event ?? <span className="font-sans text-muted-foreground italic">no event name</span>}
        </span>
        {/* Always a cell on the grid, so the cells after it stay put; nothing at all in the narrow, wrapping layout. */}
        <span className={cn("flex items-center justify-self-end text-xs text-muted-foreground", !delivery.replayOf && !delivery.test && "hidden @min-[41rem]:flex")}>
          {delivery.replayOf ? (
            <span className="inline-flex items-center gap-1" title="Sent again from the log">
              <RepeatIcon aria-hidden="true" className="size-3.5" />
              Replay
            </span>
          ) : delivery.test ? (
            <span className="inline-flex items-center gap-1" title="Sent with “Send a test delivery” (its x-junction-test header)">
              <FlaskConicalIcon aria-hidden="true" className="size-3.5" />
              Test
            </span>
          ) : null}
        </span>
        <span
          className="inline-flex min-w-0 items-center gap-1 justify-self-end text-xs text-muted-foreground"
          title={unsigned ? "Not signed (the endpoint has no secret)" : `Signature verified (${delivery.verifiedBy})`}
        >
          {unsigned ? <ShieldOffIcon aria-hidden="true" className="size-3.5 shrink-0" /> : <ShieldCheckIcon aria-hidden="true" className="size-3.5 shrink-0 text-emerald-600 dark:text-emerald-400" />}
          <span className="truncate">{unsigned ? "unsigned" : delivery.verifiedBy}</span>
        </span>
        <span className="w-14 text-right text-xs whitespace-nowrap text-muted-foreground tabular-nums @min-[41rem]:w-auto">{formatBytes(delivery.sizeBytes)}</span>
        <span className="flex justify-end">
          <DeliveryStatusBadge status={delivery.status} runsStarted={delivery.runsStarted} />
        </span>
      </button>
      {open ? (
        <div id={panelId} className="border-t px-3 py-3">
          <DeliveryPayload endpointId={endpointId} endpointEvents={endpointEvents} deliveryId={delivery.id} deniedReason={deniedReason} enabled={enabled} />
        </div>
      ) : null}
    </li>
  );
}
