"use client";

import { InboxIcon } from "lucide-react";
import { useRef, useState } from "react";
import { LocalDate } from "@/components/format/time";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ApprovalPanel } from "./approval-panel";
import { LiveIndicator } from "./live-indicator";
import { RunActions } from "./run-actions";
import { RunFacts } from "./run-facts";
import { RunResultCard, TriggerPayloadCard } from "./run-io-cards";
import { RunLineage } from "./run-lineage";
import { RunTimeline } from "./run-timeline";
import { defaultStep, latestInstant } from "./run-timeline-model";
import { isTerminalStatus, type NodeInfo, type RunDetail as Run } from "./run-types";
import { StepDetails } from "./step-details";
import { useNow } from "./use-now";
import type { RunStreamState } from "./use-run-live-updates";

/** Everything about one run: header and actions, the step timeline, the selected step, payload and result. */
export function RunDetail({ run, stream }: { run: Run; stream: RunStreamState }) {
  const active = !isTerminalStatus(run.status);
  const now = useNow(active, latestInstant(run));
  const [selectedStepId, setSelectedStepId] = useState<string | null>(null);
  const detailsRef = useRef<HTMLDivElement>(null);
  const selected = run.steps.find((step) => step.id === selectedStepId) ?? defaultStep(run.steps);
  const selectedNode: NodeInfo | undefined = selected
    ? (run.nodes.find((node) => node.id === selected.nodeId) ?? { id: selected.nodeId, name: selected.nodeId, type: "unknown" })
    : undefined;

  function showNode(nodeId: string) {
    const step = defaultStep(run.steps.filter((candidate) => candidate.nodeId === nodeId));
    if (!step) return;
    setSelectedStepId(step.id);
    detailsRef.current?.scrollIntoView({ behavior: "smooth", block: "start" });
  }

  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader
        title={run.workflowName || "Deleted workflow"}
        description={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span>
              Run <code className="font-mono text-xs">{run.id.slice(0, 8)}</code>
            </span>
            {run.replayOfRunId ? (
              <>
                <span aria-hidden="true">·</span>
                <RunLineage run={run} />
              </>
            ) : null}
            {active ? (
              <>
                <span aria-hidden="true">·</span>
                <LiveIndicator stream={stream} />
              </>
            ) : null}
          </span>
        }
        actions={<RunActions run={run} />}
      />

      <RunFacts run={run} />

      <ApprovalPanel run={run} />

      {run.deadLetteredAt ? (
        <Alert>
          <InboxIcon />
          <AlertDescription>
            <p>
              In the dead-letter list since <LocalDate date={run.deadLetteredAt} style="datetime" />: it failed after
              all its retries. Replay it once the cause is fixed.
            </p>
          </AlertDescription>
        </Alert>
      ) : null}

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <Card className="gap-4">
          <CardHeader>
            <CardTitle>Steps</CardTitle>
            <CardDescription>In definition order. Bars show when each attempt ran within the run.</CardDescription>
          </CardHeader>
          <CardContent>
            <RunTimeline run={run} selectedStepId={selected?.id} onSelect={setSelectedStepId} now={now} />
          </CardContent>
        </Card>
        <div ref={detailsRef} className="scroll-mt-20 lg:sticky lg:top-20">
          {selected && selectedNode ? (
            <StepDetails key={selected.id} step={selected} node={selectedNode} runActive={active} />
          ) : (
            <Card>
              <CardContent className="py-6 text-sm text-muted-foreground">
                {active ? "No step has started yet. This page updates as the run progresses." : "This run has no steps to show."}
              </CardContent>
            </Card>
          )}
        </div>
      </div>

      <div className="grid items-start gap-6 md:grid-cols-2">
        <TriggerPayloadCard payload={run.triggerPayload} />
        <RunResultCard run={run} onShowNode={showNode} />
      </div>
    </div>
  );
}
