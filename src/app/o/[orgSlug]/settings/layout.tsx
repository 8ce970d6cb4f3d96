import type { ReactNode } from "react";
import { SettingsNav } from "@/components/settings/settings-nav";
import { PageHeader } from "@/components/ui/page-header";

export default function SettingsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="grid gap-6">
      <PageHeader title="Settings" description="Manage your organization, its members and its audit log." />
      <SettingsNav />
      <div className="pt-2">{children}</div>
    </div>
  );
}
