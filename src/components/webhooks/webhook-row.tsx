"use client";

import Link from "next/link";
import { PanelRightOpenIcon, SparklesIcon, TriangleAlertIcon, WebhookIcon } from "lucide-react";
import { useEffect, useId, useRef } from "react";
import { ConnectorIcon } from "@/components/connections/connector-icon";
import { RelativeTime } from "@/components/format/time";
import { useOrg } from "@/components/shell/org-context";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { DeliverySparkline } from "./delivery-sparkline";
import { EnabledSwitch } from "./enabled-switch";
import { SchemeBadge } from "./scheme-badge";
import type { WebhookConnectorTrigger, WebhookEndpoint } from "./webhook-types";
import { WebhookUrl } from "./webhook-url";

/** The workflows a delivery starts, as links; or a plain note that nothing listens yet. */
function LinkedWorkflows({ workflows }: { workflows: WebhookEndpoint["workflows"] }) {
  const { href } = useOrg();
  if (workflows.length === 0) return <span className="text-muted-foreground">No published workflow listens to it yet</span>;
  return (
    <span className="min-w-0">
      Starts{" "}
      {workflows.map((workflow, index) => (
        <span key={workflow.id}>
          {index > 0 ? ", " : null}
          <Link href={href(`workflows/${workflow.id}`)} className="font-medium text-foreground underline-offset-4 hover:underline">
            {workflow.name}
          </Link>
        </span>
      ))}
    </span>
  );
}

/**
 * One endpoint: name, how it is signed, its URL (copy), the workflows it starts, the last refused request, the last
 * day's deliveries, and the switch that turns it on or off. "Details" opens the sheet with the delivery log.
 */
export function WebhookRow({
  endpoint,
  trigger,
  highlighted,
  deniedReason,
  onOpen,
}: {
  endpoint: WebhookEndpoint;
  trigger: WebhookConnectorTrigger | undefined;
  highlighted: boolean;
  deniedReason: string | null;
  onOpen: () => void;
}) {
  const nameId = useId();
  const rowRef = useRef<HTMLLIElement>(null);

  useEffect(() => {
    if (highlighted) rowRef.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [highlighted]);

  return (
    <li
      ref={rowRef}
      aria-labelledby={nameId}
      data-endpoint-id={endpoint.id}
      className={cn(
        "flex flex-col gap-3 p-4 transition-colors lg:flex-row lg:items-start lg:gap-4",
        highlighted && "bg-primary/[0.04] shadow-[inset_3px_0_0_var(--color-primary)]",
        !endpoint.enabled && "bg-muted/30",
      )}
    >
      <div className="flex min-w-0 flex-1 items-start gap-3">
        {trigger ? (
          <ConnectorIcon icon={trigger.connectorIcon} />
        ) : (
          <span aria-hidden="true" className="flex size-10 shrink-0 items-center justify-center rounded-lg border bg-background shadow-xs">
            <WebhookIcon className="size-5" />
          </span>
        )}
        <div className="grid min-w-0 flex-1 gap-1.5">
          <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
            <h3 id={nameId} className={cn("min-w-0 truncate font-medium", !endpoint.enabled && "text-muted-foreground")}>
              {endpoint.name}
            </h3>
            <SchemeBadge scheme={endpoint.scheme} />
            {trigger ? (
              <Badge variant="secondary" title={trigger.description}>
                {trigger.name.toLowerCase().startsWith(trigger.connectorName.toLowerCase()) ? trigger.name : `${trigger.connectorName}: ${trigger.name}`}
              </Badge>
            ) : null}
            {highlighted ? (
              <Badge variant="secondary" className="gap-1">
                <SparklesIcon aria-hidden="true" />
                New
              </Badge>
            ) : null}
          </div>
          <WebhookUrl url={endpoint.url} className="max-w-xl" />
          <p className="flex min-w-0 flex-wrap items-center gap-x-1.5 gap-y-0.5 text-sm">
            <LinkedWorkflows workflows={endpoint.workflows} />
            {endpoint.events.length > 0 ? (
              <span className="text-muted-foreground">
                · on {endpoint.events.length === 1 ? endpoint.events[0] : `${endpoint.events.length} events`}
              </span>
            ) : null}
          </p>
          {endpoint.lastRejection ? (
            <p className="flex min-w-0 items-start gap-1.5 text-sm text-amber-700 dark:text-amber-400">
              <TriangleAlertIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              <span className="line-clamp-2 min-w-0 break-words" title={endpoint.lastRejection.reason}>
                Last refused <RelativeTime date={endpoint.lastRejection.at} />: {endpoint.lastRejection.reason}
              </span>
            </p>
          ) : null}
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 sm:pl-[3.25rem] lg:shrink-0 lg:justify-end lg:pl-0">
        <DeliverySparkline hourly={endpoint.deliveries24h.hourly} total={endpoint.deliveries24h.total} />
        <EnabledSwitch endpoint={endpoint} deniedReason={deniedReason} />
        <Button type="button" variant="outline" size="sm" onClick={onOpen}>
          <PanelRightOpenIcon aria-hidden="true" />
          Details
        </Button>
      </div>
    </li>
  );
}
