"use client";

import Link from "next/link";
import type * as React from "react";
import { LocalDate } from "@/components/format/time";
import { useOrg } from "@/components/shell/org-context";
import { RunDuration } from "./run-duration";
import { RunStatusBadge } from "./run-status-badge";
import { isTerminalStatus, type RunDetail } from "./run-types";
import { TriggerKind } from "./trigger-kind";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid min-w-0 content-start gap-1">
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className="min-w-0 text-sm">{children}</dd>
    </div>
  );
}

/** Back from a webhook run to where it came from: the endpoint's details (its delivery log) on the Webhooks page. */
function TriggerDeliveryLink({ delivery }: { delivery: NonNullable<RunDetail["webhookDelivery"]> }) {
  const { href } = useOrg();
  return (
    <Link
      href={href(`webhooks?endpoint=${encodeURIComponent(delivery.endpointId)}`)}
      className="mt-0.5 block text-xs text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
    >
      Delivery <code className="font-mono">{delivery.id.slice(0, 8)}</code> on <span className="font-medium text-primary">{delivery.endpointName}</span>
    </Link>
  );
}

/** Status, version, trigger, start, finish and duration at a glance. */
export function RunFacts({ run }: { run: RunDetail }) {
  const { href } = useOrg();
  const active = !isTerminalStatus(run.status);
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-4 rounded-xl border bg-card p-4 shadow-sm sm:grid-cols-3 lg:grid-cols-6">
      <Fact label="Status">
        <RunStatusBadge status={run.status} data-testid="run-status" />
      </Fact>
      <Fact label="Version">
        {run.version === null ? (
          <Link href={href(`workflows/${run.workflowId}`)} className="font-medium text-primary underline-offset-4 hover:underline">
            Workflow
          </Link>
        ) : (
          <Link
            href={href(`workflows/${run.workflowId}`)}
            className="font-mono font-medium text-primary underline-offset-4 hover:underline"
            aria-label={`Version ${run.version} of ${run.workflowName || "the workflow"}`}
          >
            v{run.version}
          </Link>
        )}
      </Fact>
      <Fact label="Trigger">
        <TriggerKind kind={run.triggerKind} />
        {run.webhookDelivery ? <TriggerDeliveryLink delivery={run.webhookDelivery} /> : null}
      </Fact>
      <Fact label="Started">
        {run.startedAt ? <LocalDate date={run.startedAt} style="datetime" /> : <span className="text-muted-foreground">Not yet</span>}
      </Fact>
      <Fact label="Finished">
        {run.finishedAt ? (
          <LocalDate date={run.finishedAt} style="datetime" />
        ) : (
          <span className="text-muted-foreground">{active ? "In progress" : "—"}</span>
        )}
      </Fact>
      <Fact label="Duration">
        <RunDuration startedAt={run.startedAt} finishedAt={run.finishedAt} live={active} className="tabular-nums" />
      </Fact>
    </dl>
  );
}
