"use client";

import { cn } from "@/components/ui/cn";
import { RunDuration } from "./run-duration";
import type { RunStep } from "./run-types";
import { statusMeta } from "./status-meta";
import { StatusIcon } from "./status-icon";
import { iterationLabel } from "./step-iteration";

const STILL_GOING = new Set(["running", "sleeping", "waiting"]);

/** One attempt of a node in the timeline: status, attempt number, duration, and a bar placed within the run's time. */
export function StepAttemptButton({
  step,
  nodeName,
  selected,
  runActive,
  frame,
  now,
  onSelect,
}: {
  step: RunStep;
  nodeName: string;
  selected: boolean;
  runActive: boolean;
  frame: { start: number; length: number };
  now: number;
  onSelect: (stepId: string) => void;
}) {
  const meta = statusMeta(step.status);
  const iteration = iterationLabel(step);
  const live = runActive && step.finishedAt === null && STILL_GOING.has(step.status);
  const start = step.startedAt.getTime();
  const end = step.finishedAt?.getTime() ?? (live ? now : start);
  const left = Math.min(Math.max(((start - frame.start) / frame.length) * 100, 0), 99);
  const width = Math.min(Math.max(((end - start) / frame.length) * 100, 1), 100 - left);

  return (
    <button
      type="button"
      aria-current={selected ? "true" : undefined}
      onClick={() => onSelect(step.id)}
      className={cn(
        "grid w-full gap-1.5 rounded-md border px-2.5 py-2 text-left transition-colors outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50",
        selected ? "border-primary/40 bg-primary/5 hover:bg-primary/10" : "border-transparent",
      )}
    >
      <span className="flex items-center gap-2 text-xs">
        <StatusIcon status={step.status} decorative className="size-3.5" />
        <span className="font-medium">
          Attempt {step.attempt}
          {iteration ? `, ${iteration}` : null}
          <span className="sr-only"> of {nodeName}</span>
        </span>
        <span className="text-muted-foreground">· {meta.label}</span>
        <RunDuration
          startedAt={step.startedAt}
          finishedAt={step.finishedAt}
          live={live}
          className="ml-auto text-muted-foreground tabular-nums"
        />
      </span>
      <span aria-hidden="true" className="relative h-1.5 w-full overflow-hidden rounded-full bg-muted">
        <span
          className={cn("absolute inset-y-0 rounded-full", meta.fillClass, live && "animate-pulse motion-reduce:animate-none")}
          style={{ left: `${left}%`, width: `${width}%` }}
        />
      </span>
    </button>
  );
}
