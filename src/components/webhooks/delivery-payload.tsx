"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { CheckIcon, RepeatIcon } from "lucide-react";
import { CopyButton } from "@/components/common/copy-button";
import { QueryErrorAlert } from "@/components/common/query-error-alert";
import { RunStatusBadge } from "@/components/runs/run-status-badge";
import { useOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useTRPC } from "@/trpc/react";
import { DELIVERY_LOG_REFRESH_MS } from "./delivery-refresh";
import type { WebhookDelivery } from "./webhook-types";

/** The body pretty-printed when it is JSON; null otherwise. */
function prettyJson(body: WebhookDelivery["body"]): string | null {
  if (body.encoding !== "utf8" || body.truncated) return null;
  try {
    return JSON.stringify(JSON.parse(body.text) as unknown, null, 2);
  } catch {
    return null;
  }
}

function Block({ text, label }: { text: string; label: string }) {
  return (
    <pre tabIndex={0} aria-label={label} className="max-h-80 overflow-auto rounded-md border bg-background p-3 font-mono text-xs leading-5 break-all whitespace-pre-wrap outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50">
      {text}
    </pre>
  );
}

/** The runs the delivery started, each linking to its run page. */
function StartedRuns({ delivery, endpointEvents }: { delivery: WebhookDelivery; endpointEvents: readonly string[] }) {
  const { href } = useOrg();
  if (delivery.status !== "dispatched") return <p className="text-sm text-muted-foreground">Runs appear here once the delivery is dispatched (usually within a second).</p>;
  if (delivery.runs.length === 0) {
    const filtered = endpointEvents.length > 0 && (delivery.event === null || !endpointEvents.includes(delivery.event));
    return (
      <p className="text-sm text-muted-foreground">
        {filtered
          ? `No run started: its event (${delivery.event ?? "none"}) is not one of the endpoint's events. Add it under Settings to let such deliveries through.`
          : "No run started: no published workflow listens to this endpoint, or a workflow's filter did not match."}
      </p>
    );
  }
  return (
    <ul className="grid gap-1.5">
      {delivery.runs.map((run) => (
        <li key={run.id} className="flex flex-wrap items-center gap-2 text-sm">
          <RunStatusBadge status={run.status} />
          <Link href={href(`runs/${run.id}`)} className="font-medium underline-offset-4 hover:underline">
            {run.workflowName}
          </Link>
          <code className="text-xs text-muted-foreground">{run.id.slice(0, 8)}</code>
        </li>
      ))}
    </ul>
  );
}

/** What the last "Replay delivery" did, said beside the button (and announced) rather than in a toast over it. */
function ReplayOutcome({ outcome }: { outcome: { ok: boolean; text: string } | null }) {
  return (
    <p role="status" className={cn("inline-flex items-center gap-1 text-xs", outcome?.ok === false ? "text-destructive" : "text-muted-foreground")}>
      {outcome?.ok ? <CheckIcon aria-hidden="true" className="size-3.5 text-emerald-600 dark:text-emerald-400" /> : null}
      {outcome?.text}
    </p>
  );
}

/** A delivery opened in the log: the runs it started, its body (pretty JSON or raw) and headers, and "Replay delivery". */
export function DeliveryPayload({
  endpointId,
  endpointEvents,
  deliveryId,
  deniedReason,
  enabled,
}: {
  endpointId: string;
  endpointEvents: readonly string[];
  deliveryId: string;
  deniedReason: string | null;
  enabled: boolean;
}) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const delivery = useQuery({
    ...trpc.webhook.delivery.queryOptions({ orgSlug: org.slug, endpointId, deliveryId }),
    // Until it is dispatched, its runs are still to come.
    refetchInterval: (query) => (query.state.data && query.state.data.status !== "dispatched" ? DELIVERY_LOG_REFRESH_MS : false),
  });
  // The outcome is said next to the button: a toast would sit over these very buttons (bottom right of the sheet).
  const replay = useMutation(
    trpc.webhook.replayDelivery.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.webhook.deliveries.pathKey() });
      },
    }),
  );

  if (delivery.isPending) {
    return (
      <div className="grid gap-2" aria-busy="true" aria-label="Loading the delivery">
        <Skeleton className="h-4 w-1/3" />
        <Skeleton className="h-32 w-full" />
      </div>
    );
  }
  if (delivery.isError) return <QueryErrorAlert title="Couldn't load the delivery" error={delivery.error} onRetry={() => void delivery.refetch()} retrying={delivery.isFetching} />;

  const data = delivery.data;
  const replayOutcome = replay.isSuccess
    ? { ok: true, text: replay.data.status === "waiting" ? "Stored — sent within minutes, then at the top" : "Queued — appears at the top" }
    : replay.isError
      ? { ok: false, text: `Couldn't replay: ${replay.error.message}` }
      : null;
  const pretty = prettyJson(data.body);
  const replayDenied = deniedReason ?? (enabled ? null : "The endpoint is disabled; enable it to replay deliveries.");
  const replayButton = (
    <Button type="button" variant="outline" size="sm" disabled={Boolean(replayDenied) || replay.isPending} onClick={() => replay.mutate({ orgSlug: org.slug, endpointId, deliveryId })}>
      {replay.isPending ? <Spinner aria-hidden="true" /> : <RepeatIcon aria-hidden="true" />}
      Replay delivery
    </Button>
  );

  return (
    <div className="grid gap-4">
      <section className="grid gap-1.5" aria-label="Runs started">
        <h4 className="text-xs font-medium tracking-wide text-muted-foreground uppercase">Runs started</h4>
        <StartedRuns delivery={data} endpointEvents={endpointEvents} />
      </section>
      <Tabs defaultValue={pretty ? "pretty" : "raw"} className="gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <TabsList aria-label="Payload view">
            {pretty ? <TabsTrigger value="pretty">Pretty JSON</TabsTrigger> : null}
            <TabsTrigger value="raw">Raw body</TabsTrigger>
            <TabsTrigger value="headers">Headers</TabsTrigger>
          </TabsList>
          <div className="flex flex-wrap items-center justify-end gap-2">
            <ReplayOutcome outcome={replayOutcome} />
            <CopyButton value={data.body.text} label="Copy body" className="h-8 px-2.5 text-xs" />
            {replayDenied ? <DisabledReason reason={replayDenied}>{replayButton}</DisabledReason> : replayButton}
          </div>
        </div>
        {pretty ? (
          <TabsContent value="pretty">
            <Block text={pretty} label="Body as formatted JSON" />
          </TabsContent>
        ) : null}
        <TabsContent value="raw" className="grid gap-1.5">
          {data.body.encoding === "base64" ? <p className="text-xs text-muted-foreground">The body is not UTF-8 text; shown as base64.</p> : null}
          {data.body.truncated ? <p className="text-xs text-muted-foreground">Only the first 256 KiB are shown.</p> : null}
          <Block text={data.body.text || "(empty body)"} label="Raw body" />
        </TabsContent>
        <TabsContent value="headers" className="grid gap-1.5">
          <p className="text-xs text-muted-foreground">Signatures, cookies and authorization were redacted when the delivery arrived.</p>
          <Block text={Object.entries(data.headers).map(([name, value]) => `${name}: ${value}`).join("\n")} label="Request headers" />
        </TabsContent>
      </Tabs>
      <p className="text-xs text-muted-foreground">
        {data.contentType ?? "No content type"} · {data.verifiedBy === "none" ? "not signed" : `signature verified (${data.verifiedBy})`}
        {data.replayOf ? " · a replay of an earlier delivery" : ""}
      </p>
    </div>
  );
}
