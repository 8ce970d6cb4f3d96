import { cn } from "@/components/ui/cn";
import type { RunStreamState } from "./use-run-live-updates";

const LOOK: Record<RunStreamState, { label: string; title: string; dot: string; text: string; pulse: boolean }> = {
  open: {
    label: "Live",
    title: "Connected: each step appears as soon as it is written",
    dot: "bg-sky-500",
    text: "text-sky-700 dark:text-sky-300",
    pulse: true,
  },
  connecting: {
    label: "Connecting…",
    title: "Connecting to live updates; refreshing every 10 seconds meanwhile",
    dot: "bg-sky-500/60",
    text: "text-muted-foreground",
    pulse: false,
  },
  interrupted: {
    label: "Reconnecting…",
    title: "The live connection dropped; refreshing every 10 seconds until it is back",
    dot: "bg-amber-500",
    text: "text-amber-700 dark:text-amber-300",
    pulse: false,
  },
  off: {
    label: "Not live",
    title: "This page is not following the run",
    dot: "bg-muted-foreground",
    text: "text-muted-foreground",
    pulse: false,
  },
};

/** A dot and a word for the run still in flight: "Live" while the page's event stream is connected. */
export function LiveIndicator({ stream }: { stream: RunStreamState }) {
  const look = LOOK[stream];
  return (
    <span className={cn("inline-flex items-center gap-1.5", look.text)} title={look.title} data-stream={stream}>
      <span aria-hidden="true" className="relative flex size-2">
        {look.pulse ? (
          <span className="absolute inline-flex size-full animate-ping rounded-full bg-sky-400 opacity-75 motion-reduce:hidden" />
        ) : null}
        <span className={cn("relative inline-flex size-2 rounded-full", look.dot)} />
      </span>
      {look.label}
    </span>
  );
}
