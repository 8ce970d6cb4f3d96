import { WebhookIcon } from "lucide-react";
import type { Metadata } from "next";
import { FeatureEmptyPage } from "@/components/common/feature-empty-page";

export const metadata: Metadata = { title: "Webhooks" };

export default function WebhooksPage() {
  return (
    <FeatureEmptyPage
      title="Webhooks"
      description="Endpoints that let other services start your workflows."
      icon={WebhookIcon}
      emptyTitle="No webhooks yet"
      emptyDescription="Each webhook gives you a unique URL. When a service sends a request to it, Junction verifies it and hands the payload to a workflow."
      firstStep="Webhooks are still being built. Meanwhile, check which of your tools can send webhooks; most offer it under their developer or integration settings."
    />
  );
}
