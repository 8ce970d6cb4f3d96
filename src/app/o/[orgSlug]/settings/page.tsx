import type { Metadata } from "next";
import { appHost } from "@/components/orgs/app-host";
import { DangerZoneCard } from "@/components/settings/danger-zone-card";
import { OrgProfileCard } from "@/components/settings/org-profile-card";

export const metadata: Metadata = { title: "Settings" };

export default function GeneralSettingsPage() {
  return (
    <div className="grid gap-6">
      <OrgProfileCard appHost={appHost()} />
      <DangerZoneCard />
    </div>
  );
}
