import { CopyButton } from "@/components/common/copy-button";
import { cn } from "@/components/ui/cn";
import { webhookTriggerJson } from "./webhook-trigger-json";

/** The endpoint's workflow trigger in a code box with "Copy trigger": what to paste as a trigger node's `trigger`. */
export function WebhookTriggerSnippet({ endpointId, className }: { endpointId: string; className?: string }) {
  const json = webhookTriggerJson(endpointId);
  return (
    <div className={cn("flex min-w-0 items-center gap-1.5", className)}>
      <code data-testid="webhook-trigger-json" className="min-w-0 truncate rounded-md border bg-muted/40 px-2 py-1 font-mono text-xs" title={json}>
        {json}
      </code>
      <CopyButton value={json} label="Copy trigger" className="h-7 shrink-0 px-2 text-xs" />
    </div>
  );
}
