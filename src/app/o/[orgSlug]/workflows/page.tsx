import { WorkflowIcon } from "lucide-react";
import type { Metadata } from "next";
import { FeatureEmptyPage } from "@/components/common/feature-empty-page";
import { OrgLinkButton } from "@/components/common/org-link-button";

export const metadata: Metadata = { title: "Workflows" };

export default async function WorkflowsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  return (
    <FeatureEmptyPage
      title="Workflows"
      description="Automations that move data between your apps."
      icon={WorkflowIcon}
      emptyTitle="No workflows yet"
      emptyDescription="Workflows run steps across your connected apps when a webhook, schedule or event fires."
      firstStep="The workflow builder is still being built. A good first step today: invite the teammates who will build workflows with you."
      action={<OrgLinkButton href={`/o/${orgSlug}/settings/members`}>Go to members</OrgLinkButton>}
    />
  );
}
