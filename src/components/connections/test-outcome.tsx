import { CircleCheckIcon, CircleXIcon } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { TestOutcome } from "./use-connection-test";

/** The last test's result on the row: "Works — 200 in 84 ms" in green, or what went wrong in red. */
export function TestOutcomeLine({ outcome, className }: { outcome: TestOutcome; className?: string }) {
  return (
    <p
      role="status"
      className={cn(
        "flex min-w-0 items-start gap-1.5 text-sm",
        outcome.ok ? "text-emerald-700 dark:text-emerald-400" : "text-destructive",
        className,
      )}
    >
      {outcome.ok ? (
        <CircleCheckIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      ) : (
        <CircleXIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      )}
      <span className="min-w-0 break-words">
        {outcome.ok ? `Works — ${outcome.status === undefined ? "connected" : outcome.status} in ${outcome.latencyMs} ms` : outcome.message}
      </span>
    </p>
  );
}
