"use client";

import { ClockIcon, WebhookIcon } from "lucide-react";
import { CopyButton } from "@/components/common/copy-button";
import { InlineCode } from "@/components/connections/inline-code";
import { Badge } from "@/components/ui/badge";
import { pollingTriggerConfig } from "./workflow-node-json";

export interface DescribedTrigger {
  id: string;
  name: string;
  description: string;
  kind: "polling" | "webhook";
}

/**
 * A connector's triggers: polling ones with the trigger config that starts a workflow from them, webhook ones with a
 * word on how their events will arrive.
 */
export function ConnectorTriggersList({
  triggers,
  connection,
}: {
  triggers: readonly DescribedTrigger[];
  /** The connection picked for copied nodes (under Actions), if any. */
  connection: { id: string; name: string } | null;
}) {
  if (triggers.length === 0) {
    return (
      <p className="rounded-lg border border-dashed px-4 py-8 text-center text-sm text-muted-foreground">
        This connector has no triggers. Start its workflows manually, on a schedule, from an event or from a webhook.
      </p>
    );
  }
  return (
    <ul className="grid gap-2" aria-label="Triggers">
      {triggers.map((trigger) => {
        const config = trigger.kind === "polling" ? pollingTriggerConfig(trigger.id, connection?.id ?? null) : null;
        return (
          <li key={trigger.id} className="grid min-w-0 gap-2 rounded-lg border bg-card p-3">
            <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
              <h3 className="text-sm font-medium">{trigger.name}</h3>
              <code className="truncate text-xs text-muted-foreground">{trigger.id}</code>
              <Badge variant="outline" className="ml-auto">
                {trigger.kind === "polling" ? <ClockIcon aria-hidden="true" /> : <WebhookIcon aria-hidden="true" />}
                {trigger.kind === "polling" ? "Polling" : "Webhook"}
              </Badge>
            </div>
            {trigger.description ? (
              <p className="text-sm/relaxed text-muted-foreground">
                <InlineCode text={trigger.description} />
              </p>
            ) : null}
            {config ? (
              <div className="grid gap-2">
                <p className="text-xs/relaxed text-muted-foreground">
                  Junction checks for new items on a schedule. Use this as a trigger node&apos;s <code className="font-mono">trigger</code>
                  {connection ? ` (with ${connection.name}, the connection picked under Actions)` : "; replace … with a connection's id"}, plus an{" "}
                  <code className="font-mono">input</code> when it watches something in particular:
                </p>
                <div className="flex min-w-0 items-start gap-2">
                  <pre
                    tabIndex={0}
                    aria-label={`Trigger config for ${trigger.name}`}
                    className="min-w-0 flex-1 overflow-x-auto rounded-md border bg-muted/40 px-3 py-2 font-mono text-xs leading-5 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
                  >
                    {config}
                  </pre>
                  <CopyButton value={config} label="Copy" className="h-8 shrink-0 px-3" />
                </div>
              </div>
            ) : (
              <p className="text-xs/relaxed text-muted-foreground">
                Events arrive through a webhook endpoint the provider calls.{" "}
                <Badge variant="secondary" className="align-middle">
                  Coming soon
                </Badge>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
