import { StoreIcon } from "lucide-react";
import type { Metadata } from "next";
import { FeatureEmptyPage } from "@/components/common/feature-empty-page";

export const metadata: Metadata = { title: "Marketplace" };

export default function MarketplacePage() {
  return (
    <FeatureEmptyPage
      title="Marketplace"
      description="Ready-made connectors and workflow templates."
      icon={StoreIcon}
      emptyTitle="The marketplace is empty for now"
      emptyDescription="Connectors and workflow templates published by the community and by teams like yours will be listed here, ready to install."
      firstStep="The marketplace opens after workflows ship. Owners and admins will be able to publish their own templates."
    />
  );
}
