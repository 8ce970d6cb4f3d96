"use client";

import { CircleDashedIcon } from "lucide-react";
import { runWindow, timelineNodes } from "./run-timeline-model";
import { isTerminalStatus, type RunDetail } from "./run-types";
import { StatusIcon } from "./status-icon";
import { StepAttemptButton } from "./step-attempt-button";

/** The run's nodes top to bottom in definition order, each with its attempts; selecting one shows its details. */
export function RunTimeline({
  run,
  selectedStepId,
  onSelect,
  now,
}: {
  run: RunDetail;
  selectedStepId: string | undefined;
  onSelect: (stepId: string) => void;
  now: number;
}) {
  const nodes = timelineNodes(run);
  const frame = runWindow(run, now);
  const active = !isTerminalStatus(run.status);

  if (nodes.length === 0) return <p className="text-sm text-muted-foreground">This run has no steps.</p>;

  return (
    <ol aria-label="Run steps" className="grid">
      {nodes.map(({ node, steps }, index) => {
        const latest = steps.at(-1);
        return (
          <li key={node.id} data-node-id={node.id} className="relative grid grid-cols-[1.5rem_minmax(0,1fr)] gap-x-3 pb-5 last:pb-0">
            {index < nodes.length - 1 ? (
              <span aria-hidden="true" className="absolute top-7 bottom-1 left-3 w-px -translate-x-1/2 bg-border" />
            ) : null}
            <span className="relative mt-0.5 flex size-6 items-center justify-center rounded-full border bg-background">
              {latest ? (
                <StatusIcon status={latest.status} className="size-3.5" />
              ) : (
                <CircleDashedIcon role="img" aria-label="Not run" className="size-3.5 text-muted-foreground/60" />
              )}
            </span>
            <div className="grid min-w-0 gap-1.5">
              <div className="flex min-w-0 flex-wrap items-baseline gap-x-2 pt-0.5">
                <span className="truncate text-sm font-medium">{node.name}</span>
                <span className="truncate font-mono text-[11px] text-muted-foreground">
                  {node.type} · {node.id}
                </span>
              </div>
              {steps.length === 0 ? (
                <p className="text-xs text-muted-foreground">{active ? "Not reached yet" : "Not run"}</p>
              ) : (
                <ul aria-label={`Attempts of ${node.name}`} className="grid gap-1">
                  {steps.map((step) => (
                    <li key={step.id}>
                      <StepAttemptButton
                        step={step}
                        nodeName={node.name}
                        selected={step.id === selectedStepId}
                        runActive={active}
                        frame={frame}
                        now={now}
                        onSelect={onSelect}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
