"use client";

import { useQuery } from "@tanstack/react-query";
import { InboxIcon } from "lucide-react";
import { useState } from "react";
import { useOrg } from "@/components/shell/org-context";
import { PageHeader } from "@/components/ui/page-header";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useTRPC } from "@/trpc/react";
import { DeadLettersPanel } from "./dead-letters-panel";
import { DEAD_LETTERS_TAB, isRunsTab, STATUS_TABS, type RunsTab } from "./run-tabs";
import { RunsList } from "./runs-list";
import { WorkflowFilterSelect } from "./workflow-filter-select";

/** Keeps the filters in the address (without a server round trip) so the view can be shared and reloaded. */
function writeFiltersToUrl(tab: RunsTab, workflowId: string | undefined) {
  const url = new URL(window.location.href);
  if (tab === "all") url.searchParams.delete("tab");
  else url.searchParams.set("tab", tab);
  if (workflowId) url.searchParams.set("workflow", workflowId);
  else url.searchParams.delete("workflow");
  window.history.replaceState(window.history.state, "", url);
}

/** The Runs page: status tabs, a workflow filter, the runs and the dead-letter list. */
export function RunsView({ initialTab, initialWorkflowId }: { initialTab: RunsTab; initialWorkflowId: string | undefined }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const [tab, setTab] = useState<RunsTab>(initialTab);
  const [workflowId, setWorkflowId] = useState(initialWorkflowId);
  const workflows = useQuery(trpc.workflow.list.queryOptions({ orgSlug: org.slug }));
  const workflowName = workflowId ? workflows.data?.find((workflow) => workflow.id === workflowId)?.name : undefined;

  function changeTab(next: string) {
    if (!isRunsTab(next)) return;
    setTab(next);
    writeFiltersToUrl(next, workflowId);
  }

  function changeWorkflow(next: string | undefined) {
    setWorkflowId(next);
    writeFiltersToUrl(tab, next);
  }

  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader
        title="Runs"
        description={
          workflowName
            ? `Every execution of “${workflowName}”: its trigger, each step's input and output, and the result.`
            : "Every workflow execution: its trigger, each step's input and output, and the result."
        }
      />
      <Tabs value={tab} onValueChange={changeTab} className="min-w-0 gap-4">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <TabsList aria-label="Filter runs by status" className="max-w-full justify-start overflow-x-auto">
            {STATUS_TABS.map((entry) => (
              <TabsTrigger key={entry.value} value={entry.value} className="px-3">
                {entry.label}
              </TabsTrigger>
            ))}
            <TabsTrigger value={DEAD_LETTERS_TAB} className="px-3">
              <InboxIcon aria-hidden="true" />
              Dead letters
            </TabsTrigger>
          </TabsList>
          <WorkflowFilterSelect value={workflowId} onChange={changeWorkflow} />
        </div>
        {STATUS_TABS.map((entry) => (
          <TabsContent key={entry.value} value={entry.value}>
            <RunsList tab={entry.value} workflowId={workflowId} />
          </TabsContent>
        ))}
        <TabsContent value={DEAD_LETTERS_TAB}>
          <DeadLettersPanel workflowId={workflowId} workflowName={workflowName} />
        </TabsContent>
      </Tabs>
    </div>
  );
}
