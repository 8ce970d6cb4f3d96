import { CopyButton } from "@/components/common/copy-button";
import { cn } from "@/components/ui/cn";
import { formatJson } from "@/components/workflows/parse-json";

/** Pretty-printed JSON in a scrollable, keyboard-focusable block, with a copy button. */
export function JsonBlock({
  value,
  label,
  empty = "Nothing recorded.",
  className,
}: {
  value: unknown;
  /** Names the block for screen readers, e.g. "Step input". */
  label: string;
  /** Shown instead when the value is missing. */
  empty?: string;
  className?: string;
}) {
  if (value === undefined || value === null) return <p className="py-2 text-sm text-muted-foreground">{empty}</p>;
  const text = formatJson(value);
  return (
    <div className={cn("grid gap-2", className)}>
      <pre
        tabIndex={0}
        aria-label={label}
        className="max-h-[28rem] overflow-auto rounded-md border bg-muted/40 p-3 font-mono text-xs leading-5 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        {text}
      </pre>
      <div className="flex justify-end">
        <CopyButton value={text} label="Copy JSON" className="h-7 px-2.5 text-xs" />
      </div>
    </div>
  );
}
