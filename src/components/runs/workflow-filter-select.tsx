"use client";

import { useQuery } from "@tanstack/react-query";
import { useOrg } from "@/components/shell/org-context";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useTRPC } from "@/trpc/react";

const ALL = "all";

/** Narrows the runs to one workflow. */
export function WorkflowFilterSelect({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (workflowId: string | undefined) => void;
}) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const workflows = useQuery(trpc.workflow.list.queryOptions({ orgSlug: org.slug }));
  const selected = value ? workflows.data?.find((workflow) => workflow.id === value) : undefined;
  const shown = !value ? "All workflows" : (selected?.name ?? (workflows.isPending ? "Loading…" : "Unknown workflow"));

  return (
    <div className="grid gap-1.5">
      <Label htmlFor="runs-workflow" className="text-xs text-muted-foreground">
        Workflow
      </Label>
      <Select value={value ?? ALL} onValueChange={(next) => onChange(next === ALL ? undefined : next)}>
        <SelectTrigger id="runs-workflow" size="sm" className="w-56 max-w-full">
          <SelectValue>
            <span className="truncate">{shown}</span>
          </SelectValue>
        </SelectTrigger>
        <SelectContent align="end">
          <SelectItem value={ALL}>All workflows</SelectItem>
          {value && !selected && !workflows.isPending ? <SelectItem value={value}>Unknown workflow</SelectItem> : null}
          {workflows.data?.map((workflow) => (
            <SelectItem key={workflow.id} value={workflow.id}>
              {workflow.name}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
