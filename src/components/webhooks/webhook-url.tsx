import { CopyButton } from "@/components/common/copy-button";
import { cn } from "@/components/ui/cn";

/** A delivery URL in monospace with a copy button; long ones are cut in the middle of the line, never hidden. */
export function WebhookUrl({ url, label = "Copy URL", className }: { url: string; label?: string; className?: string }) {
  return (
    <div className={cn("flex min-w-0 items-center gap-1.5", className)}>
      <code className="min-w-0 truncate rounded-md border bg-muted/40 px-2 py-1 font-mono text-xs" title={url}>
        {url}
      </code>
      <CopyButton value={url} label={label} className="h-7 shrink-0 px-2 text-xs" />
    </div>
  );
}
