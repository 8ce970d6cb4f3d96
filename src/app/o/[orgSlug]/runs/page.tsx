import { HistoryIcon } from "lucide-react";
import type { Metadata } from "next";
import { FeatureEmptyPage } from "@/components/common/feature-empty-page";

export const metadata: Metadata = { title: "Runs" };

export default function RunsPage() {
  return (
    <FeatureEmptyPage
      title="Runs"
      description="The history of every workflow execution."
      icon={HistoryIcon}
      emptyTitle="No runs yet"
      emptyDescription="Each time a workflow runs, its trigger, every step's input and output, and the result will be recorded here so you can debug and replay it."
      firstStep="Runs appear once your first workflow is live. Workflows are still being built, so there is nothing to run yet."
    />
  );
}
