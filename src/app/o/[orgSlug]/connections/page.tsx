import { PlugIcon } from "lucide-react";
import type { Metadata } from "next";
import { FeatureEmptyPage } from "@/components/common/feature-empty-page";

export const metadata: Metadata = { title: "Connections" };

export default function ConnectionsPage() {
  return (
    <FeatureEmptyPage
      title="Connections"
      description="Credentials for the apps and APIs your workflows use."
      icon={PlugIcon}
      emptyTitle="No connections yet"
      emptyDescription="A connection stores how Junction signs in to an app (an API key or an OAuth grant) once, for your whole organization."
      firstStep="Connections are still being built. To be ready, list the apps you want to automate and find out who in your company can create API keys for them."
    />
  );
}
